package de.tenor.bench;

import java.util.Arrays;

/**
 * Latencies of one measured pass, with percentiles by nearest rank and throughput over the pass's
 * wall time. Immutable.
 */
record Latencies(long[] sortedNanos, long wallNanos) {

    static Latencies of(long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, wallNanos);
    }

    /** Several passes as one: their latencies pooled, their wall times added. */
    static Latencies merge(Latencies a, Latencies b) {
        long[] all = Arrays.copyOf(a.sortedNanos, a.sortedNanos.length + b.sortedNanos.length);
        System.arraycopy(b.sortedNanos, 0, all, a.sortedNanos.length, b.sortedNanos.length);
        return of(all, a.wallNanos + b.wallNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    double millis(double percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
    }

    double queriesPerSecond() {
        return wallNanos == 0 ? 0 : sortedNanos.length / (wallNanos / 1e9);
    }
}
