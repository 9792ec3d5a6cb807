package de.tenor.cli;

import de.tenor.index.IndexSummary;
import de.tenor.index.TopicPolicy;
import de.tenor.ingest.Ingest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@link Ingest#index} with a progress bar and a summary; used by {@code index}, {@code crawl},
 * {@code serve} (at start and after each {@code --update-every}), {@code search} and {@code bench load}.
 */
final class IndexRun {

    private IndexRun() {
    }

    static IndexSummary run(PathOptions paths, boolean force, PrintWriter err) throws IOException {
        return run(paths, force, TopicPolicy.ON_TOPIC_SOURCES, err);
    }

    static IndexSummary run(PathOptions paths, boolean force, TopicPolicy policy, PrintWriter err) throws IOException {
        try (Ingest ingest = ingest(paths)) {
            return run(ingest, paths.indexLocation().root(), force, policy, err);
        }
    }

    /** The one ingest service of a command: corpus and index folder from its options, all cores. */
    static Ingest ingest(PathOptions paths) {
        return new Ingest(paths.corpusStore(), paths.indexLocation(), Clock.systemUTC());
    }

    static IndexSummary run(Ingest ingest, Path indexRoot, boolean force, TopicPolicy policy, PrintWriter err)
            throws IOException {
        ProgressBar bar = ProgressBar.forConsole(err, "indexing", "files");
        Ingest.Indexed run;
        try {
            run = ingest.index(force, policy, (done, total, path) -> bar.step(done, total)).orElseThrow(() -> new UsageError(
                    "No source files or crawled pages in corpus folder " + ingest.corpus().root()
                            + ". Pass --corpus DIR, add files with \"tenor import\", or run \"tenor crawl\"."));
        } finally {
            bar.close();
        }
        IndexSummary summary = run.summary();
        int sources = run.sources();
        if (summary.upToDate()) {
            err.println("Index is up to date with the corpus (" + sources + " files, " + summary.generation() + ").");
            err.flush();
            return summary;
        }
        if (summary.incremental()) {
            err.printf("Updated the index in %.1f s: %d new or changed of %d sources read, %d removed; %d documents in %s; %d skipped.%n",
                    summary.took().toMillis() / 1000.0, summary.extracted(), sources, summary.removedSources(),
                    summary.indexed(), indexRoot.resolve(summary.generation()), summary.failures().size());
        } else {
            err.printf("Indexed %d of %d files in %.1f s into %s; %d skipped.%n", summary.indexed(), sources,
                    summary.took().toMillis() / 1000.0, indexRoot.resolve(summary.generation()), summary.failures().size());
        }
        if (summary.leftOffTopic() > 0) {
            err.printf("  left out %d off-topic documents of the topic sources (kept in the corpus; \"tenor index --all\" indexes them too).%n",
                    summary.leftOffTopic());
        }
        for (IndexSummary.Failure f : summary.failures()) {
            err.println("  skipped " + f.path() + ": " + f.reason());
        }
        err.flush();
        return summary;
    }
}
