package de.tenor.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * One host's waiting URLs and its politeness state: at most one request in flight ({@code busy}),
 * and none before {@code nextFetchAt}. Not thread-safe: guarded by the {@link Frontier}'s lock.
 */
final class HostQueue {

    final String host;
    final Deque<CrawlUrl> pending = new ArrayDeque<>();
    /** Until robots.txt is read the configured delay applies; then max(configured, Crawl-delay). */
    Duration delay;
    Instant nextFetchAt = Instant.EPOCH;
    boolean busy;
    /** Why the host is skipped for the rest of this run (robots.txt unreachable, delay too long). */
    Optional<String> deferred = Optional.empty();

    HostQueue(String host, Duration delay) {
        this.host = host;
        this.delay = delay;
    }

    boolean ready(Instant now) {
        return !busy && deferred.isEmpty() && !pending.isEmpty() && !nextFetchAt.isAfter(now);
    }

    boolean waiting() {
        return !busy && deferred.isEmpty() && !pending.isEmpty();
    }
}
