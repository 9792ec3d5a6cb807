package de.tenor.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The printed result of {@link SearchBenchmark}: both systems side by side, Tenor ÷ baseline for
 * every figure, and the targets of issue 9 next to the figures they judge. Immutable.
 */
public final class SearchReport {

    /** Search p99 may be at most this multiple of the baseline's. */
    static final double MAX_P99_RATIO = 1.5;
    /** Indexing throughput must reach at least this share of the baseline's. */
    static final double MIN_INDEXING_RATIO = 0.8;
    /** Absolute p99 bound of the UI query path at one million documents. */
    static final double MAX_P99_MILLIS_AT_1M = 50;

    private final SearchBenchmark.Report r;

    SearchReport(SearchBenchmark.Report report) {
        this.r = report;
    }

    /** Tenor's single-threaded p99 over the baseline's. */
    public double p99Ratio() {
        return r.tenor().single().millis(99) / Math.max(1e-6, r.baseline().single().millis(99));
    }

    public double indexingRatio() {
        return r.tenorLoad().docsPerSecond() / r.baselineLoad().docsPerSecond();
    }

    public int errors() {
        return r.errors();
    }

    public void print(PrintWriter out) {
        SearchBenchmark.Config c = r.config();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "tenor bench search: %,d documents (seed %d), %d threads, %d queries%n",
                c.docs(), c.seed(), c.threads(), c.queries());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s; generator alone %,.0f docs/s on one thread%n",
                rt.availableProcessors(), rt.maxMemory() >> 20, Runtime.version(), r.generatorDocsPerSecond());
        out.println();
        out.printf(Locale.ROOT, "%-30s %12s %12s %10s%n", "indexing", "Tenor", "baseline", "Tenor÷base");
        if (c.baselineIndexDocs() != c.docs()) {
            out.printf(Locale.ROOT, "  (baseline indexed only %,d documents to save time; size and throughput ratios compare unequal indexes)%n",
                    c.baselineIndexDocs());
        }
        BulkLoader.Result t = r.tenorLoad();
        BulkLoader.Result b = r.baselineLoad();
        row(out, "throughput docs/s", t.docsPerSecond(), b.docsPerSecond(), "%,.0f");
        row(out, "time s", t.nanos() / 1e9, b.nanos() / 1e9, "%,.1f");
        row(out, "size on disk MB", t.bytesOnDisk() / 1e6, b.bytesOnDisk() / 1e6, "%,.1f");
        row(out, "size per 100k docs MB", t.bytesOnDisk() / 1e6 * 100_000 / t.documents(), b.bytesOnDisk() / 1e6 * 100_000 / b.documents(), "%,.0f");
        row(out, "segments", t.segments(), b.segments(), "%.0f");
        out.printf(Locale.ROOT, "  indexing heap (both writers open): peak %d MB of %d MB, GC %.1f %% of wall time%n",
                r.indexHeap().peakHeapBytes() >> 20, r.indexHeap().maxHeapBytes() >> 20, 100 * r.indexHeap().gcShare());
        out.println();
        out.printf(Locale.ROOT, "%-30s %12s %12s %10s%n", "search (same index)", "Tenor", "baseline", "Tenor÷base");
        searchRows(out, "1 thread ", r.tenor().single(), r.baseline().single());
        searchRows(out, c.threads() + " threads", r.tenor().parallel(), r.baseline().parallel());
        out.println("  by kind of query, 1 thread (p50 / p99 ms):");
        r.singleByKind().forEach((kind, pair) -> out.printf(Locale.ROOT, "    %-8s %3d queries  Tenor %6.2f / %6.2f   baseline %6.2f / %6.2f   p99 %5.2f×%n",
                kind.name().toLowerCase(Locale.ROOT), pair.tenor().count(), pair.tenor().millis(50), pair.tenor().millis(99),
                pair.baseline().millis(50), pair.baseline().millis(99),
                pair.tenor().millis(99) / Math.max(1e-6, pair.baseline().millis(99))));
        out.println("  (Tenor keeps the results of searches without words per index generation — the start page and facet");
        out.println("   browsing — so its browse figures are cache hits after warm-up; the baseline computes every search.)");
        row(out, "total hits (sum over mix)", r.tenorTotalHits(), r.baselineTotalHits(), "%,.0f");
        out.printf(Locale.ROOT, "search heap: live after GC %d MB while serving, peak %d MB of %d MB, GC %.1f %% of wall time (%d collections)%n",
                r.servingLiveHeapBytes() >> 20, r.searchHeap().peakHeapBytes() >> 20, r.searchHeap().maxHeapBytes() >> 20,
                100 * r.searchHeap().gcShare(), r.searchHeap().collections());
        out.println();
        out.println("targets (issue 9):");
        target(out, String.format(Locale.ROOT, "search p99 ≤ %.1f× baseline (1 thread)", MAX_P99_RATIO),
                String.format(Locale.ROOT, "%.2f×", p99Ratio()), p99Ratio() <= MAX_P99_RATIO);
        target(out, String.format(Locale.ROOT, "indexing throughput ≥ %.1f× baseline (%d threads)", MIN_INDEXING_RATIO, c.threads()),
                String.format(Locale.ROOT, "%.2f×", indexingRatio()), indexingRatio() >= MIN_INDEXING_RATIO);
        boolean noThrashing = !r.searchHeap().thrashing() && !r.indexHeap().thrashing();
        target(out, String.format(Locale.ROOT, "no GC thrashing (GC < %.0f %% of wall time) with -Xmx%dm", 100 * HeapWatch.THRASHING_GC_SHARE, rt.maxMemory() >> 20),
                String.format(Locale.ROOT, "index %.1f %%, search %.1f %%", 100 * r.indexHeap().gcShare(), 100 * r.searchHeap().gcShare()), noThrashing);
        double p99 = r.tenor().single().millis(99);
        target(out, String.format(Locale.ROOT, "UI path p99 ≤ %.0f ms (judged at 1M documents)", MAX_P99_MILLIS_AT_1M),
                String.format(Locale.ROOT, "%.1f ms at %,d", p99, c.docs()), p99 <= MAX_P99_MILLIS_AT_1M);
        if (r.errors() > 0) {
            out.printf(Locale.ROOT, "errors: %d queries of the mix were refused by Tenor%n", r.errors());
        }
        out.printf(Locale.ROOT, "summary | %,d | %,.0f | %,.0f | %.2f× | %.0f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %.0f | %.2f× |%n",
                c.docs(), t.docsPerSecond(), b.docsPerSecond(), indexingRatio(), t.bytesOnDisk() / 1e6,
                r.tenor().single().millis(50), r.tenor().single().millis(95), p99,
                r.tenor().single().millis(50) / Math.max(1e-6, r.baseline().single().millis(50)), p99Ratio(),
                r.tenor().parallel().queriesPerSecond(),
                r.tenor().parallel().queriesPerSecond() / Math.max(1e-6, r.baseline().parallel().queriesPerSecond()));
        out.flush();
    }

    private static void searchRows(PrintWriter out, String mode, Latencies t, Latencies b) {
        row(out, mode + " p50 ms", t.millis(50), b.millis(50), "%.2f");
        row(out, mode + " p95 ms", t.millis(95), b.millis(95), "%.2f");
        row(out, mode + " p99 ms", t.millis(99), b.millis(99), "%.2f");
        row(out, mode + " QPS", t.queriesPerSecond(), b.queriesPerSecond(), "%,.1f");
    }

    private static void row(PrintWriter out, String label, double tenor, double baseline, String format) {
        out.printf(Locale.ROOT, "  %-28s %12s %12s %9.2f×%n", label, String.format(Locale.ROOT, format, tenor),
                String.format(Locale.ROOT, format, baseline), tenor / Math.max(1e-9, baseline));
    }

    private static void target(PrintWriter out, String what, String measured, boolean met) {
        out.printf(Locale.ROOT, "  %-62s %-28s %s%n", what, measured, met ? "met" : "MISSED");
    }
}
