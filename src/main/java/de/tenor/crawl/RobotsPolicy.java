package de.tenor.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt (RFC 9309) per host, parsed by crawler-commons and cached for a time:
 * 2xx → its rules; 4xx → everything allowed (the site has no robots.txt);
 * 5xx, 429 or no answer → the host is deferred to a later run (RFC 9309: assume full disallow).
 * Redirects are followed up to five hops. Thread-safe; each host is fetched by the one worker
 * holding it, so a robots.txt is never requested twice at once.
 */
final class RobotsPolicy {

    /** RFC 9309 asks crawlers to follow at least five redirects for robots.txt. */
    static final int MAX_ROBOTS_REDIRECTS = 5;

    /** What robots.txt says about one host. */
    record Decision(Access access, BaseRobotRules rules, Duration crawlDelay, List<URI> sitemaps, String reason) {
        enum Access { RULES, ALLOW_ALL, DEFER }

        Decision {
            sitemaps = List.copyOf(sitemaps);
        }

        boolean allows(URI uri) {
            return access == Access.ALLOW_ALL || (access == Access.RULES && rules.isAllowed(uri.toString()));
        }

        static Decision allowAll(String reason) {
            return new Decision(Access.ALLOW_ALL, new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                    Duration.ZERO, List.of(), reason);
        }

        static Decision defer(String reason) {
            return new Decision(Access.DEFER, new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                    Duration.ZERO, List.of(), reason);
        }
    }

    private record Cached(Decision decision, Instant fetchedAt) {
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    RobotsPolicy(Fetcher fetcher, Clock clock, Duration ttl) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The cached decision for the host of {@code uri}, unless it is older than the TTL. */
    Optional<Decision> cached(URI uri) {
        Cached c = cache.get(UrlNormalizer.hostKey(uri));
        if (c == null || c.fetchedAt().plus(ttl).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(c.decision());
    }

    /** Fetches, parses and caches robots.txt for the host of {@code uri}. Makes at least one request. */
    Decision fetch(URI uri) {
        URI target = robotsUri(uri);
        Decision decision = null;
        for (int hop = 0; decision == null; hop++) {
            FetchOutcome outcome = fetcher.get(target, Optional.empty(), Optional.empty());
            if (outcome instanceof FetchOutcome.Failure f) {
                decision = Decision.defer("robots.txt unreachable (" + f.reason() + ")");
            } else if (outcome instanceof FetchOutcome.Response r) {
                int status = r.exchange().status();
                URI from = target;
                Optional<URI> location = r.exchange().header("Location").flatMap(l -> resolve(from, l));
                if (status >= 300 && status < 400 && location.isPresent() && hop < MAX_ROBOTS_REDIRECTS) {
                    target = location.get();
                } else {
                    decision = parse(target, status, r.exchange().body(), r.exchange().header("Content-Type"));
                }
            }
        }
        cache.put(UrlNormalizer.hostKey(uri), new Cached(decision, clock.instant()));
        return decision;
    }

    /** The pure core: what an answer to a robots.txt request means. */
    static Decision parse(URI robotsUrl, int status, byte[] body, Optional<String> contentType) {
        if (status >= 200 && status < 300) {
            // The parser's own crawl-delay cap would turn a long delay into "disallow all" silently;
            // the crawler applies its cap itself and says so.
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
            SimpleRobotRules rules = parser.parseContent(robotsUrl.toString(), body,
                    contentType.orElse("text/plain"), List.of(CrawlConfig.ROBOTS_AGENT.toLowerCase(Locale.ROOT)));
            long delayMs = rules.getCrawlDelay();
            Duration delay = delayMs > 0 ? Duration.ofMillis(delayMs) : Duration.ZERO;
            List<URI> sitemaps = new ArrayList<>();
            for (String s : rules.getSitemaps()) {
                try {
                    sitemaps.add(robotsUrl.resolve(s.strip()));
                } catch (IllegalArgumentException e) {
                    // A malformed Sitemap line is the site's problem; the rules still apply.
                }
            }
            return new Decision(Decision.Access.RULES, rules, delay, sitemaps, "robots.txt");
        }
        if (status >= 400 && status < 500 && status != 429) {
            return Decision.allowAll("robots.txt answered " + status + ": no restrictions");
        }
        return Decision.defer("robots.txt answered " + status);
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static URI robotsUri(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    }
}
