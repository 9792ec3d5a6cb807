package de.tenor.cli;

import de.tenor.bench.HttpBenchmark;
import de.tenor.bench.HttpReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenor bench http} (issue 21): the real server's {@code /api/search} over HTTP next to raw
 * Lucene in-process, on the same generated index and queries, in one run (see BENCHMARKS.md).
 * Progress to stderr, the report to stdout; exit 1 when requests failed.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Starts the web server on an index of N generated rulings/news (built once in --work, reused later) "
                + "and runs a fixed query mix over HTTP and through raw Lucene: p50/p95/p99, QPS and ratios.")
final class BenchHttpCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Option(names = "--docs", defaultValue = "20000", description = "Documents in the index (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--work", required = true, description = "Index folder: built there on the first run, reused when it holds --docs documents.")
    Path work;

    @Option(names = "--threads", defaultValue = "2", description = "Parallel clients of the second pass (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queries", defaultValue = "400", description = "Size of the fixed query mix (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warm-up", defaultValue = "2", description = "Unmeasured passes over the mix first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of corpus and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (docs < 100 || docs > BenchSearchCommand.MAX_DOCS) {
            throw new UsageError("--docs must be 100.." + BenchSearchCommand.MAX_DOCS + ", got " + docs);
        }
        if (threads < 1 || threads > 64 || queries < 10 || queries > 100_000 || warmUp < 0 || warmUp > 100) {
            throw new UsageError("--threads must be 1..64, --queries 10..100000 and --warm-up 0..100, got "
                    + threads + ", " + queries + " and " + warmUp);
        }
        HttpReport report;
        try {
            report = new HttpReport(new HttpBenchmark(spec.commandLine().getErr())
                    .run(new HttpBenchmark.Config(docs, threads, queries, seed, warmUp, work)));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        report.print(spec.commandLine().getOut());
        return report.errors() == 0 ? 0 : 1;
    }
}
