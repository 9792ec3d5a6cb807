package de.tenor.crawl;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs a crawl may visit: only the seeds' hosts (never another), within the link depth,
 * matching an include pattern (when there are any) and no exclude pattern. Seeds are exempt from
 * the patterns: the user named them. Immutable; thread-safe.
 */
final class CrawlScope {

    private final Set<String> hosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final int maxDepth;
    private final Set<URI> seeds;

    CrawlScope(CrawlConfig config) {
        this.hosts = config.allowedHosts();
        this.include = config.include();
        this.exclude = config.exclude();
        this.maxDepth = config.maxDepth();
        this.seeds = Set.copyOf(config.seeds());
    }

    /** Why the URL is out of scope, or empty when the crawl may visit it. */
    Optional<String> rejection(URI uri, int depth) {
        if (!hosts.contains(UrlNormalizer.hostKey(uri))) {
            return Optional.of("host " + UrlNormalizer.hostKey(uri) + " is not a seed host");
        }
        if (depth > maxDepth) {
            return Optional.of("depth " + depth + " exceeds max depth " + maxDepth);
        }
        if (seeds.contains(uri)) {
            return Optional.empty();
        }
        String url = uri.toString();
        for (Pattern p : exclude) {
            if (p.matcher(url).find()) {
                return Optional.of("matches exclude pattern " + p.pattern());
            }
        }
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(url).find())) {
            return Optional.of("matches no include pattern");
        }
        return Optional.empty();
    }

    boolean allows(URI uri, int depth) {
        return rejection(uri, depth).isEmpty();
    }

    /** Only the host check: where redirects and canonical links may lead. */
    boolean allowsHost(URI uri) {
        return hosts.contains(UrlNormalizer.hostKey(uri));
    }
}
