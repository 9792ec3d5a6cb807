package de.tenor.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * A URL waiting in the frontier.
 *
 * @param depth        link hops from a seed
 * @param redirectHops redirects followed to get here (a loop guard)
 * @param attempts     earlier tries that got a 429 or 503
 */
record CrawlUrl(URI uri, int depth, int redirectHops, int attempts) {

    CrawlUrl {
        Objects.requireNonNull(uri, "uri");
    }

    static CrawlUrl of(URI uri, int depth) {
        return new CrawlUrl(uri, depth, 0, 0);
    }

    String host() {
        return UrlNormalizer.hostKey(uri);
    }

    CrawlUrl retried() {
        return new CrawlUrl(uri, depth, redirectHops, attempts + 1);
    }
}
