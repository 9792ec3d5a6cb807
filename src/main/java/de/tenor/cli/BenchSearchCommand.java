package de.tenor.cli;

import de.tenor.bench.SearchBenchmark;
import de.tenor.bench.SearchReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenor bench search}: search and indexing at scale on a generated corpus, Tenor next to a
 * raw-Lucene baseline measured in the same run (see BENCHMARKS.md). Progress goes to stderr, the
 * report to stdout. Exit 0 even when a target is missed: the report says which; 1 when queries failed.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Indexes N generated rulings/news and runs a fixed query mix through Tenor's search and a "
                + "raw-Lucene baseline: docs/s, size, heap, p50/p95/p99, QPS and Tenor ÷ baseline.")
final class BenchSearchCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    static final int MAX_DOCS = 10_000_000;

    @Option(names = "--docs", defaultValue = "100000", description = "Documents to generate and index (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--threads", defaultValue = "2", description = "Indexing threads and parallel query clients (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queries", defaultValue = "400", description = "Size of the fixed query mix (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of corpus and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--baseline-index-docs", description = "Index only this many documents for the indexing baseline "
            + "(default: --docs). Saves time at 1M; the search baseline always uses the full index.")
    Integer baselineIndexDocs;

    @Option(names = "--work", description = "Folder for the indexes (default: a new temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the indexes in the work folder after the run.")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (docs < 100 || docs > MAX_DOCS) {
            throw new UsageError("--docs must be 100.." + MAX_DOCS + ", got " + docs);
        }
        if (threads < 1 || threads > 64 || queries < 10 || queries > 100_000) {
            throw new UsageError("--threads must be 1..64 and --queries 10..100000, got " + threads + " and " + queries);
        }
        if (work != null && Files.exists(work) && !isEmptyDir(work)) {
            throw new UsageError("--work " + work + " is not an empty folder. Pass a new folder; the benchmark writes two indexes there.");
        }
        int baselineDocs = baselineIndexDocs == null ? docs : baselineIndexDocs;
        if (baselineDocs < 100 || baselineDocs > docs) {
            throw new UsageError("--baseline-index-docs must be 100.." + docs + ", got " + baselineDocs);
        }
        Path dir = work != null ? work : Files.createTempDirectory("tenor-bench-");
        SearchReport report = new SearchBenchmark(spec.commandLine().getErr())
                .run(new SearchBenchmark.Config(docs, threads, queries, seed, baselineDocs, dir, keep));
        report.print(spec.commandLine().getOut());
        return report.errors() == 0 ? 0 : 1;
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (var list = Files.list(p)) {
            return list.findAny().isEmpty();
        }
    }
}
