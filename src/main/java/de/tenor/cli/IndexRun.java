package de.tenor.cli;

import de.tenor.corpus.Capture;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexSummary;
import de.tenor.index.TopicPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/** Corpus (files and crawled captures) → extractor → index, with progress and a summary; used by {@code index} and {@code serve}. */
final class IndexRun {

    private IndexRun() {
    }

    static IndexSummary run(PathOptions paths, boolean force, PrintWriter err) throws IOException {
        return run(paths, force, TopicPolicy.ON_TOPIC_SOURCES, err);
    }

    static IndexSummary run(PathOptions paths, boolean force, TopicPolicy policy, PrintWriter err) throws IOException {
        // Loose files and the newest crawled capture of each URL (WARC files under crawl/warc).
        List<Capture> files = paths.corpusStore().captures();
        if (files.isEmpty()) {
            throw new UsageError("No source files or crawled pages in corpus folder " + paths.corpusStore().root()
                    + ". Pass --corpus DIR, add files with \"tenor import\", or run \"tenor crawl\".");
        }
        IndexSummary summary;
        try (Extractor extractor = new Extractor()) {
            IndexBuilder builder = new IndexBuilder(paths.indexLocation(), extractor, Clock.systemUTC(), policy);
            ProgressBar bar = ProgressBar.forConsole(err, "indexing", "files");
            try {
                summary = builder.buildIfNeeded(files, force, (done, total, path) -> bar.step(done, total));
            } finally {
                bar.close();
            }
        }
        if (summary.upToDate()) {
            err.println("Index is up to date with the corpus (" + files.size() + " files, " + summary.generation() + ").");
            return summary;
        }
        if (summary.incremental()) {
            err.printf("Updated the index in %.1f s: %d new or changed of %d sources read, %d removed; %d documents in %s; %d skipped.%n",
                    summary.took().toMillis() / 1000.0, summary.extracted(), files.size(), summary.removedSources(),
                    summary.indexed(), paths.indexLocation().root().resolve(summary.generation()), summary.failures().size());
        } else {
            err.printf("Indexed %d of %d files in %.1f s into %s; %d skipped.%n", summary.indexed(), files.size(),
                    summary.took().toMillis() / 1000.0, paths.indexLocation().root().resolve(summary.generation()),
                    summary.failures().size());
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
