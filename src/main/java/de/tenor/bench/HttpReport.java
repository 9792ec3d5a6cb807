package de.tenor.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The printed result of {@link HttpBenchmark}: Tenor over HTTP next to raw Lucene in-process, the
 * ratios of the same run, and issue 21's acceptance bars next to the figures they judge. Immutable.
 */
public final class HttpReport {

    /** HTTP p50 and p99 may be at most this multiple of raw Lucene's. */
    static final double MAX_RATIO = 2.0;
    /** Rare-word queries may be at most this many milliseconds above raw Lucene at the median. */
    static final double MAX_RARE_EXTRA_MS = 3.0;

    private final HttpBenchmark.Report r;

    public HttpReport(HttpBenchmark.Report report) {
        this.r = report;
    }

    public int errors() {
        return r.errors();
    }

    public void print(PrintWriter out) {
        HttpBenchmark.Config c = r.config();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "tenor bench http: %,d documents (seed %d), %d queries, 1 and %d clients; index %s%n",
                c.docs(), c.seed(), c.queries(), c.threads(),
                r.reused() ? "reused" : String.format(Locale.ROOT, "built in %.0f s", r.buildSeconds()));
        out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s; load average %.2f%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, Runtime.version(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println();
        Latencies t = r.single().all().tenor();
        Latencies b = r.single().all().baseline();
        out.printf(Locale.ROOT, "%-28s %12s %12s %10s%n", "one client", "Tenor HTTP", "raw Lucene", "ratio");
        row(out, "p50 ms", t.millis(50), b.millis(50));
        row(out, "p95 ms", t.millis(95), b.millis(95));
        row(out, "p99 ms", t.millis(99), b.millis(99));
        row(out, "QPS", t.queriesPerSecond(), b.queriesPerSecond());
        out.printf(Locale.ROOT, "%-28s %12s %12s %10s%n", c.threads() + " clients", "", "", "");
        row(out, "p50 ms", r.httpParallel().millis(50), r.baselineParallel().millis(50));
        row(out, "p99 ms", r.httpParallel().millis(99), r.baselineParallel().millis(99));
        row(out, "QPS", r.httpParallel().queriesPerSecond(), r.baselineParallel().queriesPerSecond());
        out.printf(Locale.ROOT, "hits found: %,d over HTTP, %,d raw (different queries: Tenor adds variants, synonyms, "
                + "typo correction); mean response %,d bytes; errors %d%n", r.httpTotal(), r.baselineTotal(),
                r.meanResponseBytes(), r.errors());
        out.println();
        out.printf(Locale.ROOT, "%-10s %6s %24s %24s%n", "by kind", "count", "Tenor p50 / p99 ms", "raw p50 / p99 ms");
        for (Map.Entry<BenchQuery.Kind, SearchBenchmark.Pair> e : r.single().byKind().entrySet()) {
            Latencies kt = e.getValue().tenor();
            Latencies kb = e.getValue().baseline();
            out.printf(Locale.ROOT, "%-10s %6d %24s %24s%n", e.getKey().name().toLowerCase(Locale.ROOT), kt.count(),
                    String.format(Locale.ROOT, "%.2f / %.2f", kt.millis(50), kt.millis(99)),
                    String.format(Locale.ROOT, "%.2f / %.2f", kb.millis(50), kb.millis(99)));
        }
        ThreadCpu.PerQuery cpu = r.cpu();
        if (cpu != null) {
            out.println();
            out.printf(Locale.ROOT, "CPU per query, one client (hardly moved by other load on the machine, unlike latency)%n");
            out.printf(Locale.ROOT, "%-10s %12s %12s %10s%n", "kind", "Tenor ms", "raw ms", "ratio");
            cpu.byKind().forEach((kind, ms) -> out.printf(Locale.ROOT, "%-10s %12.2f %12.2f %9.2f×%n",
                    kind.name().toLowerCase(Locale.ROOT), ms[0], ms[1], ms[0] / Math.max(1e-9, ms[1])));
            out.printf(Locale.ROOT, "%-10s %12.2f %12.2f %9.2f×%n", "all", cpu.tenorMs(), cpu.rawMs(),
                    cpu.tenorMs() / Math.max(1e-9, cpu.rawMs()));
        }
        out.println();
        double p50Ratio = t.millis(50) / Math.max(1e-6, b.millis(50));
        double p99Ratio = t.millis(99) / Math.max(1e-6, b.millis(99));
        SearchBenchmark.Pair rare = r.single().byKind().get(BenchQuery.Kind.RARE);
        double rareExtra = rare == null ? Double.NaN : rare.tenor().millis(50) - rare.baseline().millis(50);
        out.printf(Locale.ROOT, "target p50 ≤ %.0f× raw Lucene: %.2f× %s%n", MAX_RATIO, p50Ratio, verdict(p50Ratio <= MAX_RATIO));
        out.printf(Locale.ROOT, "target p99 ≤ %.0f× raw Lucene: %.2f× %s%n", MAX_RATIO, p99Ratio, verdict(p99Ratio <= MAX_RATIO));
        out.printf(Locale.ROOT, "target rare-word p50 ≤ raw + %.0f ms: %+.2f ms %s%n", MAX_RARE_EXTRA_MS, rareExtra,
                verdict(rareExtra <= MAX_RARE_EXTRA_MS));
        out.printf(Locale.ROOT, "summary | %,d | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f× | %.2f× | %.0f (%.2f×) | %.0f (%.2f×) | %.2f vs %.2f |%n",
                c.docs(), t.millis(50), t.millis(95), t.millis(99), b.millis(50), b.millis(95), b.millis(99), p50Ratio, p99Ratio,
                t.queriesPerSecond(), t.queriesPerSecond() / Math.max(1e-6, b.queriesPerSecond()),
                r.httpParallel().queriesPerSecond(), r.httpParallel().queriesPerSecond() / Math.max(1e-6, r.baselineParallel().queriesPerSecond()),
                rare == null ? Double.NaN : rare.tenor().millis(50), rare == null ? Double.NaN : rare.baseline().millis(50));
        out.flush();
    }

    private static void row(PrintWriter out, String label, double tenor, double base) {
        out.printf(Locale.ROOT, "  %-26s %12.2f %12.2f %9.2f×%n", label, tenor, base, tenor / Math.max(1e-9, base));
    }

    private static String verdict(boolean met) {
        return met ? "(met)" : "(MISSED)";
    }
}
