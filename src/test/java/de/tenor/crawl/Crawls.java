package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.UrlState;
import de.tenor.corpus.UrlJournal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs real crawls against a {@link TestSite} with test-sized settings. */
final class Crawls {

    private Crawls() {
    }

    /** No politeness delay (tests that measure it set one), short timeout, 64 KiB size cap. */
    static CrawlConfig.Builder config(URI... seeds) {
        return CrawlConfig.builder(List.of(seeds)).delay(Duration.ZERO).allowPrivate(true)
                .requestTimeout(Duration.ofMillis(1500)).maxBodyBytes(64 * 1024);
    }

    static CrawlSummary run(Path corpus, CrawlConfig config) throws IOException, InterruptedException {
        try (CrawlArchive archive = CrawlArchive.open(corpus, config.maxWarcFileBytes(), Clock.systemUTC(), Crawler.SOFTWARE);
             HttpClient client = Crawler.httpClient(config)) {
            return new Crawler(config, archive, client, Clock.systemUTC()).run();
        }
    }

    /** The URL states as the journal on disk has them. */
    static Map<String, UrlState> states(Path corpus) throws IOException {
        return UrlJournal.replay(CrawlArchive.crawlDir(corpus).resolve("state.jsonl")).states();
    }
}
