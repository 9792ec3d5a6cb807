package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.UrlState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run: decides whether it resumes an unfinished pass or starts a new (re-crawl) pass,
 * fills the frontier from seeds and the journal, and runs {@code parallelHosts} workers until the
 * frontier is empty, the page budget is spent or {@link #stop()} is called.
 *
 * <pre>{@code
 * try (CrawlArchive archive = CrawlArchive.open(corpus, config.maxWarcFileBytes(), clock, Crawler.SOFTWARE)) {
 *     CrawlSummary summary = new Crawler(config, archive, Crawler.httpClient(config), clock).run();
 * }
 * }</pre>
 * One run per instance; {@link #progress()} and {@link #stop()} may be called from other threads.
 */
public final class Crawler {

    public static final String SOFTWARE = "Tenor crawler 0.1 (jwarc, crawler-commons)";
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final CrawlConfig config;
    private final CrawlArchive archive;
    private final Clock clock;
    private final CrawlStats stats = new CrawlStats();
    private final Frontier frontier;
    private final CrawlScope scope;
    private final RobotsPolicy robots;
    private final Fetcher fetcher;
    private final Discovery discovery;
    private final AtomicInteger budget;
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    private volatile Instant started;

    public Crawler(CrawlConfig config, CrawlArchive archive, HttpClient client, Clock clock) {
        this.config = config;
        this.archive = archive;
        this.clock = clock;
        this.frontier = new Frontier(clock, config.delay());
        this.scope = new CrawlScope(config);
        this.fetcher = new Fetcher(client, new AddressGuard(config.allowPrivate()), clock, config);
        this.robots = new RobotsPolicy(fetcher, clock, config.robotsCacheTtl());
        this.discovery = new Discovery(scope, frontier, archive, stats);
        this.budget = new AtomicInteger(config.maxPages());
    }

    /** The HTTP client a crawl needs (redirects not followed, HTTP/1.1, connect timeout); close it after the run. */
    public static HttpClient httpClient(CrawlConfig config) {
        return Fetcher.newClient(config);
    }

    /**
     * Problems with the seeds that make the run pointless, checked before it starts: seeds on
     * loopback or private addresses without {@code allowPrivate}. Resolves the seed hosts (DNS).
     */
    public static List<String> seedProblems(CrawlConfig config) {
        AddressGuard guard = new AddressGuard(config.allowPrivate());
        List<String> problems = new ArrayList<>();
        for (URI seed : config.seeds()) {
            AddressGuard.Verdict v = guard.check(seed.getHost());
            if (v.refusal().isPresent() && v.address().isPresent()) {
                problems.add("Seed " + seed + ": " + v.refusal().get());
            }
        }
        return problems;
    }

    public CrawlSummary run() throws IOException, InterruptedException {
        started = clock.instant();
        int last = archive.lastPass();
        boolean resume = last > 0 && !archive.lastPassFinished() && !config.recrawl();
        int pass = resume ? last : last + 1;
        String mode = resume ? "resumed" : pass == 1 ? "new" : "recrawl";
        archive.startPass(pass);
        seed(pass);
        log.info("Crawl pass {} ({}): {} URLs queued on {} hosts", pass, mode, frontier.queued(), config.allowedHosts().size());

        PageHandler pages = new PageHandler(config, archive, fetcher, discovery, scope, new UrlNormalizer(), stats, clock, pass);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < config.parallelHosts(); i++) {
            workers.add(Thread.ofPlatform().name("tenor-crawl-" + i).daemon(true).start(() -> work(pages)));
        }
        for (Thread t : workers) {
            t.join();
        }
        archive.sync();
        if (fatal.get() != null) {
            throw fatal.get();
        }
        boolean finished = !frontier.isClosed();
        if (finished) {
            archive.finishPass(pass);
        }
        return new CrawlSummary(pass, mode, finished, stats.get(CrawlStats.Count.REQUESTS),
                stats.get(CrawlStats.Count.STORED), stats.get(CrawlStats.Count.UNCHANGED),
                stats.get(CrawlStats.Count.DUPLICATES), stats.get(CrawlStats.Count.REDIRECTS),
                stats.get(CrawlStats.Count.GONE), stats.get(CrawlStats.Count.ERRORS),
                stats.get(CrawlStats.Count.ROBOTS_BLOCKED), stats.get(CrawlStats.Count.OUT_OF_SCOPE),
                stats.get(CrawlStats.Count.TRUNCATED), stats.get(CrawlStats.Count.RETRIES), frontier.deferredHosts(),
                frontier.queued(), Duration.between(started, clock.instant()));
    }

    /** Ends the run after the requests in flight (Ctrl+C); the pass stays unfinished and resumes next time. */
    public void stop() {
        frontier.close();
    }

    public CrawlProgress progress() {
        Instant from = started == null ? clock.instant() : started;
        Duration elapsed = Duration.between(from, clock.instant());
        long fetched = stats.get(CrawlStats.Count.REQUESTS);
        double rate = elapsed.toMillis() == 0 ? 0 : fetched * 1000.0 / elapsed.toMillis();
        return new CrawlProgress(fetched, frontier.queued(), stats.get(CrawlStats.Count.ERRORS), rate, frontier.waits(), elapsed);
    }

    /**
     * Resuming: URLs visited in this pass are done; the rest of the journal is queued again.
     * A new pass queues every known URL except gone ones: a re-crawl asks each "changed since?".
     */
    private void seed(int pass) throws IOException {
        List<UrlState> known = archive.states();
        for (UrlState s : known) {
            if (s.pass() == pass && s.status() != FetchStatus.DISCOVERED) {
                frontier.markSeen(s.url());
            }
        }
        for (URI seed : config.seeds()) {
            if (frontier.add(CrawlUrl.of(seed, 0)) && archive.state(seed.toString()).isEmpty()) {
                archive.record(UrlState.discovered(seed.toString(), 0));
            }
        }
        for (UrlState s : known) {
            URI uri = URI.create(s.url());
            if (s.pass() < pass && s.status() != FetchStatus.GONE && scope.allows(uri, s.depth())) {
                frontier.add(new CrawlUrl(uri, s.depth(), s.redirectHops(), 0));
            }
        }
    }

    private void work(PageHandler pages) {
        while (fatal.get() == null) {
            Optional<Frontier.Lease> lease;
            try {
                lease = frontier.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (lease.isEmpty()) {
                return;
            }
            Instant notBefore = clock.instant();
            try {
                notBefore = handle(lease.get(), pages);
            } catch (IOException e) {
                // The corpus cannot be written (disk full, permissions): nothing sensible is left to do.
                log.error("Cannot write the crawl to the corpus: {}", e.getMessage());
                fatal.compareAndSet(null, e);
                frontier.close();
            } catch (RuntimeException e) {
                log.error("Crawling {} failed: {}", lease.get().url().uri(), e.toString(), e);
                stats.add(CrawlStats.Count.ERRORS);
            } finally {
                frontier.release(lease.get().host(), notBefore);
            }
        }
    }

    /** Returns when the host may be asked next. */
    private Instant handle(Frontier.Lease lease, PageHandler pages) throws IOException {
        CrawlUrl url = lease.url();
        Optional<RobotsPolicy.Decision> rules = robots.cached(url.uri());
        if (rules.isEmpty()) {
            return readRobots(lease);
        }
        if (!rules.get().allows(url.uri())) {
            pages.blocked(url);
            return clock.instant();
        }
        if (budget.getAndDecrement() <= 0) {
            // The URL stays unvisited in the journal; the next run resumes with it.
            frontier.close();
            return clock.instant();
        }
        PageHandler.HostNext next = pages.visit(url, frontier.delay(lease.host()));
        next.deferReason().ifPresent(reason -> defer(lease.host(), reason));
        return clock.instant().plus(next.rest());
    }

    /** The first request to a host is for robots.txt; the page waits for the host's next turn. */
    private Instant readRobots(Frontier.Lease lease) throws IOException {
        RobotsPolicy.Decision d = robots.fetch(lease.url().uri());
        Instant done = clock.instant();
        if (d.access() == RobotsPolicy.Decision.Access.DEFER) {
            defer(lease.host(), d.reason() + "; retried in the next run");
            return done;
        }
        if (d.crawlDelay().compareTo(config.maxCrawlDelay()) > 0) {
            defer(lease.host(), "robots.txt asks for Crawl-delay " + d.crawlDelay().toSeconds() + " s, above the cap of "
                    + config.maxCrawlDelay().toSeconds() + " s");
            return done;
        }
        Duration delay = d.crawlDelay().compareTo(config.delay()) > 0 ? d.crawlDelay() : config.delay();
        frontier.setDelay(lease.host(), delay);
        frontier.putBack(lease.url());
        for (URI sitemap : d.sitemaps()) {
            discovery.offer(sitemap, 1);
        }
        return done.plus(delay);
    }

    private void defer(String host, String reason) {
        int left = frontier.defer(host, reason);
        log.warn("Skipping {} for this run: {} ({} URLs stay queued for the next run)", host, reason, left + 1);
    }
}
