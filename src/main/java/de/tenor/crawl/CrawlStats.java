package de.tenor.crawl;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one run, bumped by the workers. Thread-safe. */
final class CrawlStats {

    enum Count {
        /** Page requests sent (robots.txt not counted). */
        REQUESTS,
        /** New content written to a WARC file. */
        STORED,
        /** 304, or the same bytes as last time: nothing written. */
        UNCHANGED,
        /** Same bytes as another URL: a revisit record names that URL. */
        DUPLICATES,
        REDIRECTS,
        GONE,
        /** Timeouts, network errors, 5xx and other 4xx; refused addresses. */
        ERRORS,
        ROBOTS_BLOCKED,
        OUT_OF_SCOPE,
        TRUNCATED,
        RETRIES
    }

    private final Map<Count, LongAdder> counts = new EnumMap<>(Count.class);

    CrawlStats() {
        for (Count c : Count.values()) {
            counts.put(c, new LongAdder());
        }
    }

    void add(Count c) {
        counts.get(c).increment();
    }

    long get(Count c) {
        return counts.get(c).sum();
    }
}
