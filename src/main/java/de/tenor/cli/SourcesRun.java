package de.tenor.cli;

import de.tenor.corpus.CrawlArchive;
import de.tenor.crawl.CrawlConfig;
import de.tenor.crawl.Crawler;
import de.tenor.crawl.Source;
import de.tenor.crawl.SourceCrawl;
import de.tenor.crawl.SourceSummary;
import de.tenor.crawl.SourcesFile;
import de.tenor.crawl.SourcesSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Reads {@code sources.yaml} and runs it into the corpus; used by {@code crawl} and by {@code serve --update-every}. */
final class SourcesRun {

    /** The settings a user can change for a sources run. */
    record Settings(Path sourcesFile, Path corpus, int maxPages, Duration delay, boolean allowPrivate) {
    }

    private SourcesRun() {
    }

    /** Reads and checks the file and the endpoints' addresses; a problem is a {@link UsageError} (exit 2). */
    static List<Source> read(Settings s) throws IOException {
        List<Source> sources;
        try {
            sources = SourcesFile.read(s.sourcesFile());
        } catch (SourcesFile.InvalidSourcesException e) {
            throw new UsageError(e.getMessage());
        }
        List<String> problems = Crawler.seedProblems(config(sources, s));
        if (!problems.isEmpty()) {
            throw new UsageError(String.join("; ", problems).replace("Seed ", "Source endpoint "));
        }
        return sources;
    }

    static SourcesSummary run(List<Source> sources, Settings s, Map<String, String> environment, PrintWriter err)
            throws IOException, InterruptedException {
        CrawlConfig config = config(sources, s);
        Clock clock = Clock.systemUTC();
        try (CrawlArchive archive = CrawlArchive.open(s.corpus(), config.maxWarcFileBytes(), clock, Crawler.SOFTWARE);
             HttpClient client = Crawler.httpClient(config)) {
            return new SourceCrawl(sources, config, archive, client, clock, environment, line -> {
                err.println("  " + line);
                err.flush();
            }).run();
        }
    }

    private static CrawlConfig config(List<Source> sources, Settings s) {
        try {
            return SourceCrawl.config(sources).maxPages(s.maxPages()).delay(s.delay()).allowPrivate(s.allowPrivate()).build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    static void report(SourcesSummary summary, Path corpus, PrintWriter err) {
        err.printf("Sources run in %.1f s: %d requests, %d documents fetched.%n", summary.elapsed().toMillis() / 1000.0,
                summary.requests(), summary.fetched());
        for (SourceSummary s : summary.sources()) {
            err.println("  " + s.line());
            s.problems().forEach(p -> err.println("    " + p));
        }
        err.println("  WARC files: " + CrawlArchive.warcDir(corpus) + ".");
        err.flush();
    }
}
