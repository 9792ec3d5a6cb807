package de.tenor.cli;

import de.tenor.corpus.Capture;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import de.tenor.search.Searcher;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 18: what adding a few sources costs against a full build. Holds back the last
 * {@code --add} captures of the corpus, builds a full index of the rest into a temporary folder
 * (the baseline), then updates it with all captures and times that; a served {@link Searcher} on
 * the same folder measures how long until the added documents are found. The corpus is only read;
 * the temporary index is removed afterwards.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Times adding --add sources to an index (incremental update) against a full build of the corpus.")
final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Mixin
    PathOptions paths;

    @Option(names = "--add", defaultValue = "10", description = "Sources added after the full build (default: ${DEFAULT-VALUE}).")
    int add;

    @Option(names = "--oldp", paramLabel = "N",
            description = "Instead: issue 18's acceptance on an Open Legal Data export of N generated rulings (import, index, add 10,"
                    + " change, remove, uploads to a running server, kill -9 while adding 200).")
    Integer oldp;

    @Option(names = "--uploads", defaultValue = "20", description = "Uploads timed with --oldp (default: ${DEFAULT-VALUE}).")
    int uploads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (oldp != null) {
            if (oldp < 100 || uploads < 1) {
                throw new UsageError("--oldp needs at least 100 rulings and --uploads at least 1, got " + oldp + " and " + uploads);
            }
            new BenchOldpIngest(oldp, uploads, spec.commandLine().getOut()).run();
            return 0;
        }
        List<Capture> all = paths.corpusStore().captures();
        if (add < 1 || add >= all.size()) {
            throw new UsageError("--add must be between 1 and " + (all.size() - 1) + " (the corpus has " + all.size()
                    + " sources), got " + add);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("tenor-bench-ingest-");
        try (Extractor extractor = new Extractor()) {
            IndexLocation location = new IndexLocation(tmp.resolve("index"));
            IndexBuilder builder = new IndexBuilder(location, extractor, Clock.systemUTC());
            List<Capture> base = all.subList(0, all.size() - add);
            IndexSummary full = builder.build(base, IndexProgress.NONE);
            try (Searcher searcher = new Searcher(location)) {
                long before = searcher.documentCount();
                long start = System.nanoTime();
                IndexSummary update = builder.buildIfNeeded(all, false, IndexProgress.NONE);
                long committed = System.nanoTime();
                long after = searcher.documentCount(); // the served searcher switches to the new commit here
                long visible = System.nanoTime();
                long check = System.nanoTime();
                builder.buildIfNeeded(all, false, IndexProgress.NONE); // nothing changed: only the diff against the record
                long checked = System.nanoTime();
                out.printf("ingest: corpus %s, %d sources%n", paths.corpusStore().root(), all.size());
                out.printf("  full build of %d sources: %8.0f ms (%d documents)%n", base.size(), ms(full.took().toNanos()),
                        full.indexed());
                out.printf("  update adding %d sources: %8.0f ms (%d read, %d documents, served searcher %d → %d)%n", add,
                        ms(committed - start), update.extracted(), update.indexed(), before, after);
                out.printf("  served searcher sees the commit after: %.0f ms%n", ms(visible - committed));
                out.printf("  update with nothing changed: %.0f ms%n", ms(checked - check));
                out.printf("  update ÷ full build: %.1f %%%n", 100.0 * (committed - start) / full.took().toNanos());
            }
        } finally {
            IndexLocation.deleteTree(tmp);
        }
        out.flush();
        return 0;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
