package de.tenor.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a crawl run needs to know, validated before anything starts: every problem is
 * reported at once. Build it with {@link #builder(List)}, which holds the defaults.
 *
 * <pre>{@code
 * CrawlConfig config = CrawlConfig.builder(Seeds.read(Path.of("seeds.txt"))).maxPages(200).build();
 * }</pre>
 */
public record CrawlConfig(List<URI> seeds, List<Pattern> include, List<Pattern> exclude, int maxPages, int maxDepth,
                          Duration delay, Duration maxCrawlDelay, Duration maxRetryAfter, int maxRetries,
                          Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, int maxRedirects,
                          long maxWarcFileBytes, int parallelHosts, Duration robotsCacheTtl, boolean allowPrivate,
                          boolean recrawl, String userAgent) {

    /** Sent with every request: who we are and where to read about us (and complain). */
    public static final String USER_AGENT = "TenorBot/0.1 (+https://github.com/tenor-search/tenor; research crawler)";
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOTS_AGENT = "TenorBot";
    /** Enough for a first look at a source; raise it for a real harvest. */
    public static final int DEFAULT_MAX_PAGES = 1000;
    /** Seed → result list → next pages → ruling; deeper links are mostly navigation and traps. */
    public static final int DEFAULT_MAX_DEPTH = 4;
    /** Between two requests to one host; robots.txt may ask for more. Court servers are small. */
    public static final long DEFAULT_DELAY_MS = 2000;

    public CrawlConfig {
        seeds = List.copyOf(seeds);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(userAgent, "userAgent");
        List<String> problems = new ArrayList<>();
        if (seeds.isEmpty()) {
            problems.add("no seed URLs: add at least one http(s) URL to the seeds file");
        }
        for (URI seed : seeds) {
            if (seed.getHost() == null || !List.of("http", "https").contains(seed.getScheme())) {
                problems.add("seed must be an absolute http(s) URL, got " + seed);
            }
        }
        atLeast(problems, "maxPages", maxPages, 1);
        atLeast(problems, "maxDepth", maxDepth, 0);
        atLeast(problems, "maxRetries", maxRetries, 0);
        atLeast(problems, "maxRedirects", maxRedirects, 0);
        atLeast(problems, "parallelHosts", parallelHosts, 1);
        atLeast(problems, "maxBodyBytes", maxBodyBytes, 1024);
        atLeast(problems, "maxWarcFileBytes", maxWarcFileBytes, 1024 * 1024);
        notNegative(problems, "delay", delay);
        notNegative(problems, "maxCrawlDelay", maxCrawlDelay);
        notNegative(problems, "maxRetryAfter", maxRetryAfter);
        positive(problems, "connectTimeout", connectTimeout);
        positive(problems, "requestTimeout", requestTimeout);
        positive(problems, "robotsCacheTtl", robotsCacheTtl);
        if (delay != null && maxCrawlDelay != null && delay.compareTo(maxCrawlDelay) > 0) {
            problems.add("delay (" + delay.toMillis() + " ms) must not exceed maxCrawlDelay (" + maxCrawlDelay.toMillis() + " ms)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid crawl settings: " + String.join("; ", problems));
        }
    }

    public static Builder builder(List<URI> seeds) {
        return new Builder(seeds);
    }

    /** Hosts (with a non-default port) the crawl may visit: those of the seeds. */
    public Set<String> allowedHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        seeds.forEach(s -> hosts.add(UrlNormalizer.hostKey(s)));
        return hosts;
    }

    private static void atLeast(List<String> problems, String name, long value, long min) {
        if (value < min) {
            problems.add(name + " must be at least " + min + ", got " + value);
        }
    }

    private static void notNegative(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative()) {
            problems.add(name + " must be zero or positive, got " + d);
        }
    }

    private static void positive(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            problems.add(name + " must be positive, got " + d);
        }
    }

    /** The defaults (with the constants above), each with why it is what it is. Not thread-safe; build once. */
    public static final class Builder {
        private final List<URI> seeds;
        private List<Pattern> include = List.of();
        /** Images, styles, scripts, media and archives: never a ruling or an article (gzipped sitemaps pass). */
        private List<Pattern> exclude = List.of(Pattern.compile(
                "(?i)(\\.(jpe?g|png|gif|webp|svg|ico|css|js|woff2?|ttf|mp3|mp4|avi|mov|zip|tgz|rar|7z|exe)|(?<!\\.xml)\\.gz)(\\?.*)?$"));
        private int maxPages = DEFAULT_MAX_PAGES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private Duration delay = Duration.ofMillis(DEFAULT_DELAY_MS);
        /** A robots.txt Crawl-delay above this makes the crawl skip the host rather than crawl for days. */
        private Duration maxCrawlDelay = Duration.ofSeconds(30);
        /** A 429/503 Retry-After above this defers the host to the next run. */
        private Duration maxRetryAfter = Duration.ofMinutes(5);
        /** Attempts after a 429/503 before the URL is recorded as failed for this pass. */
        private int maxRetries = 3;
        private Duration connectTimeout = Duration.ofSeconds(10);
        /** For the whole response, body included: a server that trickles bytes is not waited for. */
        private Duration requestTimeout = Duration.ofSeconds(30);
        /** Rulings are well below this; larger bodies are cut and marked as truncated. */
        private long maxBodyBytes = 20L * 1024 * 1024;
        /** More hops than this is a loop or a trap (RFC 9309 asks for at least five for robots.txt). */
        private int maxRedirects = 5;
        /** The customary WARC file size: large enough to be few files, small enough to copy. */
        private long maxWarcFileBytes = 1024L * 1024 * 1024;
        /** Hosts fetched at the same time; each host still gets one request at a time. */
        private int parallelHosts = 4;
        /** RFC 9309 allows caching robots.txt for up to 24 hours. */
        private Duration robotsCacheTtl = Duration.ofHours(24);
        private boolean allowPrivate;
        private boolean recrawl;
        private String userAgent = USER_AGENT;

        private Builder(List<URI> seeds) {
            this.seeds = List.copyOf(seeds);
        }

        public Builder include(List<Pattern> v) { include = v; return this; }
        public Builder exclude(List<Pattern> v) { exclude = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder maxDepth(int v) { maxDepth = v; return this; }
        public Builder delay(Duration v) { delay = v; return this; }
        public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
        public Builder maxRetryAfter(Duration v) { maxRetryAfter = v; return this; }
        public Builder maxRetries(int v) { maxRetries = v; return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder requestTimeout(Duration v) { requestTimeout = v; return this; }
        public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
        public Builder maxRedirects(int v) { maxRedirects = v; return this; }
        public Builder maxWarcFileBytes(long v) { maxWarcFileBytes = v; return this; }
        public Builder parallelHosts(int v) { parallelHosts = v; return this; }
        public Builder robotsCacheTtl(Duration v) { robotsCacheTtl = v; return this; }
        public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
        public Builder recrawl(boolean v) { recrawl = v; return this; }
        public Builder userAgent(String v) { userAgent = v; return this; }

        public CrawlConfig build() {
            return new CrawlConfig(seeds, include, exclude, maxPages, maxDepth, delay, maxCrawlDelay, maxRetryAfter,
                    maxRetries, connectTimeout, requestTimeout, maxBodyBytes, maxRedirects, maxWarcFileBytes,
                    parallelHosts, robotsCacheTtl, allowPrivate, recrawl, userAgent);
        }
    }
}
