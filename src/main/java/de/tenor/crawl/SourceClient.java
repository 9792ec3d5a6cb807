package de.tenor.crawl;

import de.tenor.corpus.HttpExchange;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the topic sources talk HTTP, one request at a time: through the crawler's {@link Fetcher}
 * (User-Agent, timeouts, size cap, {@link AddressGuard}), never faster than the per-host delay
 * ({@code max(--delay-ms, Crawl-delay)}), and — for anything fetched by URL as a page (search
 * forms, decision pages, feeds, articles) — only after robots.txt was read ({@link RobotsPolicy})
 * and only where it allows. API calls ({@link #api}) follow the API's documented limits instead of
 * robots.txt. Not thread-safe: a source run is sequential.
 */
final class SourceClient {

    /** What a request brought: the exchange, or why there is none. */
    record Answer(Optional<HttpExchange> exchange, String problem, boolean robotsBlocked) {
        static Answer of(HttpExchange ex) {
            return new Answer(Optional.of(ex), "", false);
        }

        static Answer none(String problem) {
            return new Answer(Optional.empty(), problem, false);
        }

        static Answer blocked(String problem) {
            return new Answer(Optional.empty(), problem, true);
        }
    }

    private final Fetcher fetcher;
    private final RobotsPolicy robots;
    private final CrawlConfig config;
    private final Clock clock;
    private final Map<String, Instant> nextAt = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();
    private int requests;

    SourceClient(Fetcher fetcher, RobotsPolicy robots, CrawlConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.config = config;
        this.clock = clock;
    }

    /** Requests sent so far, robots.txt included. */
    int requests() {
        return requests;
    }

    /** Whether the run's request budget ({@code --max-pages}) is spent. */
    boolean budgetSpent() {
        return requests >= config.maxPages();
    }

    /** A page by URL: robots.txt first (once per host and run), then a GET, or a POST of {@code form}. */
    Answer page(URI uri, Optional<FormBody> form) throws InterruptedException {
        Optional<String> refusal = robotsRefusal(uri);
        if (refusal.isPresent()) {
            return Answer.blocked(refusal.get());
        }
        return send(uri, form.isPresent() ? "POST" : "GET", Map.of(), form);
    }

    /** A page by URL, following up to {@code maxRedirects} redirects; each hop is checked against robots.txt. */
    Answer pageFollowingRedirects(URI uri) throws InterruptedException {
        URI target = uri;
        for (int hop = 0; ; hop++) {
            Answer a = page(target, Optional.empty());
            if (a.exchange().isEmpty()) {
                return a;
            }
            HttpExchange ex = a.exchange().get();
            Optional<String> location = ex.header("Location");
            if (ex.status() < 300 || ex.status() >= 400 || location.isEmpty() || hop >= config.maxRedirects()) {
                return a;
            }
            try {
                target = target.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                return a;
            }
        }
    }

    /** An API call: no robots.txt (the operator documents the API for programs), but the host's pace. */
    Answer api(URI uri, Map<String, String> headers) throws InterruptedException {
        return send(uri, "GET", headers, Optional.empty());
    }

    private Answer send(URI uri, String method, Map<String, String> headers, Optional<FormBody> form)
            throws InterruptedException {
        waitForTurn(uri);
        FetchOutcome outcome = fetcher.send(uri, method, headers, form);
        done(uri);
        return switch (outcome) {
            case FetchOutcome.Failure f -> Answer.none(f.reason());
            case FetchOutcome.Response r -> Answer.of(r.exchange());
        };
    }

    private Optional<String> robotsRefusal(URI uri) throws InterruptedException {
        Optional<RobotsPolicy.Decision> cached = robots.cached(uri);
        RobotsPolicy.Decision d;
        if (cached.isPresent()) {
            d = cached.get();
        } else {
            waitForTurn(uri);
            d = robots.fetch(uri);
            done(uri);
            Duration delay = d.crawlDelay().compareTo(config.delay()) > 0 ? d.crawlDelay() : config.delay();
            delays.put(UrlNormalizer.hostKey(uri), delay);
        }
        if (d.access() == RobotsPolicy.Decision.Access.DEFER) {
            return Optional.of(d.reason() + "; " + uri.getHost() + " is skipped in this run");
        }
        if (d.crawlDelay().compareTo(config.maxCrawlDelay()) > 0) {
            return Optional.of("robots.txt of " + uri.getHost() + " asks for Crawl-delay " + d.crawlDelay().toSeconds()
                    + " s, above the cap of " + config.maxCrawlDelay().toSeconds() + " s");
        }
        if (!d.allows(uri)) {
            return Optional.of("robots.txt disallows " + uri);
        }
        return Optional.empty();
    }

    private void waitForTurn(URI uri) throws InterruptedException {
        Instant at = nextAt.getOrDefault(UrlNormalizer.hostKey(uri), Instant.EPOCH);
        long ms = Duration.between(clock.instant(), at).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private void done(URI uri) {
        requests++;
        String host = UrlNormalizer.hostKey(uri);
        nextAt.put(host, clock.instant().plus(delays.getOrDefault(host, config.delay())));
    }
}
