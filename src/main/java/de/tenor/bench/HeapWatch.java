package de.tenor.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Watches the heap while a phase runs: the highest heap use seen (sampled every 20 ms, so it
 * includes garbage not yet collected) and the share of wall time the collectors took. A GC share
 * above {@link #THRASHING_GC_SHARE} is what this suite calls GC thrashing. Use in
 * try-with-resources; one phase per instance.
 */
final class HeapWatch implements AutoCloseable {

    /** More than a quarter of wall time in GC means the heap is too small for the work. */
    static final double THRASHING_GC_SHARE = 0.25;
    private static final long SAMPLE_MILLIS = 20;

    /** What one phase cost in memory. */
    record Usage(long peakHeapBytes, long maxHeapBytes, long gcMillis, long wallMillis, long collections) {
        double gcShare() {
            return wallMillis == 0 ? 0 : (double) gcMillis / wallMillis;
        }

        boolean thrashing() {
            return gcShare() > THRASHING_GC_SHARE;
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private final long startNanos = System.nanoTime();
    private final long gcMillisBefore = gcMillis();
    private final long collectionsBefore = collections();
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        peak = memory.getHeapMemoryUsage().getUsed();
        sampler = Thread.ofPlatform().daemon().name("heap-watch").start(this::sample);
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peak) {
                peak = used;
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Usage usage() {
        long wall = (System.nanoTime() - startNanos) / 1_000_000;
        return new Usage(peak, memory.getHeapMemoryUsage().getMax(), gcMillis() - gcMillisBefore, wall,
                collections() - collectionsBefore);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // G1's "Concurrent GC" bean counts marking that runs beside the application, not pauses.
            if (!gc.getName().contains("Concurrent")) {
                sum += Math.max(0, gc.getCollectionTime());
            }
        }
        return sum;
    }

    private static long collections() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    /** Heap in use after full collections: what the open index and caches really hold. */
    static long liveHeapBytes() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
