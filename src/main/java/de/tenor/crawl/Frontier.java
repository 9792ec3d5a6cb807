package de.tenor.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The URLs still to visit in this pass, one {@link HostQueue} per host. {@link #take()} hands out
 * a URL only from a host that has no request in flight and whose delay has passed, so politeness
 * holds however many workers there are. Each URL is handed out once per pass ({@code seen}).
 * Thread-safe: one lock, waiting workers are woken on every change.
 */
final class Frontier {

    /** A URL handed to a worker; the worker must {@link #release} its host. */
    record Lease(String host, CrawlUrl url) {
    }

    private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Clock clock;
    private final Duration defaultDelay;
    private int inFlight;
    private boolean closed;

    Frontier(Clock clock, Duration defaultDelay) {
        this.clock = clock;
        this.defaultDelay = defaultDelay;
    }

    /** Queues a URL unless it was queued or visited in this pass, or its host is deferred. */
    synchronized boolean add(CrawlUrl url) {
        return add(url, false);
    }

    /** As {@link #add(CrawlUrl)}; {@code first} puts it at the head of its host's queue (a redirect target). */
    synchronized boolean add(CrawlUrl url, boolean first) {
        HostQueue q = queue(url.host());
        if (q.deferred.isPresent() || !seen.add(url.uri().toString())) {
            return false;
        }
        if (first) {
            q.pending.addFirst(url);
        } else {
            q.pending.addLast(url);
        }
        notifyAll();
        return true;
    }

    /** Puts a URL back at the head of its host's queue (a retry, or a URL waiting for robots.txt). */
    synchronized void putBack(CrawlUrl url) {
        HostQueue q = queue(url.host());
        if (q.deferred.isEmpty()) {
            q.pending.addFirst(url);
            notifyAll();
        }
    }

    /** Marks a URL visited in this pass already (found in the journal of an interrupted run). */
    synchronized void markSeen(String url) {
        seen.add(url);
    }

    /**
     * Blocks until some host may be asked again and hands out its next URL; empty once there is
     * nothing left to do (no URL waiting, none in flight) or the frontier was closed.
     */
    synchronized Optional<Lease> take() throws InterruptedException {
        while (!closed) {
            Instant now = clock.instant();
            HostQueue best = null;
            for (HostQueue q : hosts.values()) {
                if (q.waiting() && (best == null || q.nextFetchAt.isBefore(best.nextFetchAt))) {
                    best = q;
                }
            }
            if (best == null && inFlight == 0) {
                return Optional.empty();
            }
            if (best != null && best.ready(now)) {
                best.busy = true;
                inFlight++;
                return Optional.of(new Lease(best.host, best.pending.pollFirst()));
            }
            long waitMs = best == null ? 1000 : Math.max(1, Duration.between(now, best.nextFetchAt).toMillis());
            wait(waitMs);
        }
        return Optional.empty();
    }

    /** Gives the host back; its next request waits until {@code notBefore}. */
    synchronized void release(String host, Instant notBefore) {
        HostQueue q = queue(host);
        q.busy = false;
        q.nextFetchAt = notBefore;
        inFlight--;
        notifyAll();
    }

    /** Sets a host's delay between requests, once robots.txt is known. */
    synchronized void setDelay(String host, Duration delay) {
        queue(host).delay = delay;
    }

    synchronized Duration delay(String host) {
        return queue(host).delay;
    }

    /** Skips a host for the rest of this run; its queued URLs stay unvisited for the next run. Returns how many. */
    synchronized int defer(String host, String reason) {
        HostQueue q = queue(host);
        q.deferred = Optional.of(reason);
        int dropped = q.pending.size();
        q.pending.clear();
        notifyAll();
        return dropped;
    }

    /** Stops handing out URLs; workers finish their current request. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized int queued() {
        return hosts.values().stream().mapToInt(q -> q.pending.size()).sum();
    }

    /** Hosts skipped in this run, with the reason. */
    synchronized Map<String, String> deferredHosts() {
        Map<String, String> m = new LinkedHashMap<>();
        hosts.values().forEach(q -> q.deferred.ifPresent(r -> m.put(q.host, r)));
        return m;
    }

    /** For each host with waiting URLs: how long until it may be asked again (zero = now or in flight). */
    synchronized Map<String, Duration> waits() {
        Instant now = clock.instant();
        Map<String, Duration> m = new LinkedHashMap<>();
        for (HostQueue q : hosts.values()) {
            if (q.deferred.isEmpty() && (!q.pending.isEmpty() || q.busy)) {
                Duration d = Duration.between(now, q.nextFetchAt);
                m.put(q.host, q.busy || d.isNegative() ? Duration.ZERO : d);
            }
        }
        return m;
    }

    private HostQueue queue(String host) {
        return hosts.computeIfAbsent(host, h -> new HostQueue(h, defaultDelay));
    }
}
