package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the topic sources ({@code sources.yaml}), one source after the other: each connector
 * asks its portal's search, API or feed, skips what the corpus already holds and what the result
 * list shows to be off the topic, and stores everything it fetches in the WARC files. A source that
 * fails (changed portal, quota, network) ends with a message in its summary; the others still run.
 *
 * <pre>{@code
 * CrawlConfig config = SourceCrawl.config(sources).allowPrivate(true).build();
 * try (CrawlArchive archive = CrawlArchive.open(corpus, config.maxWarcFileBytes(), clock, Crawler.SOFTWARE);
 *      HttpClient client = Crawler.httpClient(config)) {
 *     SourcesSummary s = new SourceCrawl(sources, config, archive, client, clock, System.getenv(), line -> {}).run();
 * }
 * }</pre>
 */
public final class SourceCrawl {

    private static final Logger log = LoggerFactory.getLogger(SourceCrawl.class);

    private final List<Source> sources;
    private final CrawlConfig config;
    private final CrawlArchive archive;
    private final Clock clock;
    private final Map<String, String> environment;
    private final Consumer<String> progress;
    private final SourceClient client;

    public SourceCrawl(List<Source> sources, CrawlConfig config, CrawlArchive archive, HttpClient http, Clock clock,
                       Map<String, String> environment, Consumer<String> progress) {
        this.sources = List.copyOf(sources);
        this.config = config;
        this.archive = archive;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.progress = progress;
        Fetcher fetcher = new Fetcher(http, new AddressGuard(config.allowPrivate()), clock, config);
        this.client = new SourceClient(fetcher, new RobotsPolicy(fetcher, clock, config.robotsCacheTtl()), config, clock);
    }

    /** The crawl settings with the sources' endpoints as "seeds" (for validation and the address check). */
    public static CrawlConfig.Builder config(List<Source> sources) {
        Set<URI> endpoints = new LinkedHashSet<>();
        sources.forEach(s -> endpoints.addAll(s.endpoints()));
        return CrawlConfig.builder(new ArrayList<>(endpoints));
    }

    public SourcesSummary run() throws IOException, InterruptedException {
        Instant started = clock.instant();
        SourceRun run = new SourceRun(client, archive, clock, config.maxPages(), progress);
        List<SourceSummary> done = new ArrayList<>();
        for (Source source : sources) {
            SourceTally tally = new SourceTally(source);
            progress.accept(source.label() + ": running");
            try {
                connector(source, run).run(tally);
            } catch (SourceRun.ThrottledException e) {
                tally.throttled = java.util.Optional.of(e.getMessage());
            } catch (SourceRun.SourceStop e) {
                tally.failure = java.util.Optional.of(e.getMessage());
            }
            SourceSummary s = tally.summary();
            if (s.failure().isPresent()) {
                log.error("{} stopped: {}", source.label(), s.failure().get());
            }
            s.throttled().ifPresent(t -> log.warn("{} throttled: {}", source.label(), t));
            done.add(s);
        }
        archive.sync();
        return new SourcesSummary(done, client.requests(), Duration.between(started, clock.instant()));
    }

    private Connector connector(Source source, SourceRun run) {
        return switch (source) {
            case Source.Nrwe n -> new NrweConnector(n, run);
            case Source.Neuris n -> new NeurisConnector(n, run);
            case Source.Oldp o -> new OldpConnector(o, run, environment);
            case Source.Feed f -> new FeedConnector(f, run);
        };
    }
}
