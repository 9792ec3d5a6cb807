package de.tenor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 21: CPU time per query of each system's own threads, one client, one pass over the mix.
 * Latency on a shared two-core machine measures the other load as much as the code (the third
 * session's runs moved by ±0.5 in the ratio between runs of one jar); the CPU a request costs its
 * own threads hardly moves with it. Tenor's are the server's request threads and its search slices;
 * raw Lucene's are the calling thread and its slices.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Milliseconds of CPU per query: the whole mix, and each kind of query. */
    record PerQuery(double tenorMs, double rawMs, Map<BenchQuery.Kind, double[]> byKind) {
    }

    private ThreadCpu() {
    }

    /** Whether this JVM measures the CPU time of other threads. */
    static boolean supported() {
        return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    static PerQuery measure(List<BenchQuery> queries, SearchBenchmark.Target tenor, String[] tenorThreads,
                            SearchBenchmark.Target raw, String[] rawThreads) throws IOException {
        Map<BenchQuery.Kind, long[]> sums = new EnumMap<>(BenchQuery.Kind.class);
        long caller = Thread.currentThread().threadId();
        long tenorAll = 0;
        long rawAll = 0;
        for (BenchQuery q : queries) {
            long t0 = nanos(tenorThreads);
            tenor.search(q);
            long t1 = nanos(tenorThreads);
            long r0 = THREADS.getThreadCpuTime(caller) + nanos(rawThreads);
            raw.search(q);
            long r1 = THREADS.getThreadCpuTime(caller) + nanos(rawThreads);
            long[] s = sums.computeIfAbsent(q.kind(), k -> new long[3]);
            s[0] += t1 - t0;
            s[1] += r1 - r0;
            s[2]++;
            tenorAll += t1 - t0;
            rawAll += r1 - r0;
        }
        Map<BenchQuery.Kind, double[]> byKind = new EnumMap<>(BenchQuery.Kind.class);
        sums.forEach((kind, s) -> byKind.put(kind, new double[] {s[0] / 1e6 / s[2], s[1] / 1e6 / s[2]}));
        int n = Math.max(1, queries.size());
        return new PerQuery(tenorAll / 1e6 / n, rawAll / 1e6 / n, byKind);
    }

    /** CPU nanoseconds used so far by the live threads whose names start with one of {@code prefixes}. */
    static long nanos(String... prefixes) {
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            for (String prefix : prefixes) {
                if (info.getThreadName().startsWith(prefix)) {
                    long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                    sum += Math.max(0, cpu);
                    break;
                }
            }
        }
        return sum;
    }
}
