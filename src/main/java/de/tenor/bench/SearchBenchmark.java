package de.tenor.bench;

import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexLocation;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code tenor bench search}: builds an index of N generated documents with Tenor's indexing path
 * and with the minimal baseline loop, then runs the query mix through Tenor's
 * {@link Searcher#search} (the UI's path: drill-sideways counts of every facet, highlighting,
 * hits decoded from the stored source) and through {@link BaselineSearch} over the same index.
 *
 * <p>Noise control on a shared machine: both indexing runs are preceded by a small untimed load
 * (JIT warm-up) and then alternate in chunks of 2 % of the corpus, each timed on its own;
 * single-threaded queries alternate Tenor/baseline query by query, and the
 * multi-threaded passes run in A-B-B-A order, so a burst of load from elsewhere hits both systems
 * alike and the ratios stay meaningful even when absolute figures move. Not thread-safe; one run
 * per instance.
 */
public final class SearchBenchmark {

    /**
     * @param docs corpus size
     * @param threads indexing threads and parallel query clients
     * @param queries size of the fixed query mix
     * @param baselineIndexDocs documents for the indexing baseline: {@code docs}, or fewer to save
     *                          time on very large runs (the ratio is then against a smaller index)
     * @param workDir empty or missing folder for the two indexes (removed afterwards unless {@code keep})
     */
    public record Config(int docs, int threads, int queries, long seed, int baselineIndexDocs, Path workDir, boolean keep) {
    }

    /** One system's search figures, single-threaded and with {@code threads} clients. */
    record SearchFigures(Latencies single, Latencies parallel) {
    }

    /** Everything {@link SearchReport} prints. */
    record Report(Config config, double generatorDocsPerSecond, BulkLoader.Result tenorLoad,
                  BulkLoader.Result baselineLoad, HeapWatch.Usage indexHeap, long servingLiveHeapBytes, SearchFigures tenor,
                  SearchFigures baseline, HeapWatch.Usage searchHeap, long tenorTotalHits,
                  long baselineTotalHits, int errors, Map<BenchQuery.Kind, Pair> singleByKind) {
    }

    /** Tenor's and the baseline's latencies for the same queries. */
    record Pair(Latencies tenor, Latencies baseline) {
    }

    /** The single-client pass: the whole mix, and each kind of query on its own. */
    record Interleaved(Pair all, Map<BenchQuery.Kind, Pair> byKind) {
    }

    interface Target {
        long search(BenchQuery q) throws IOException;
    }

    private final PrintWriter progress;
    private long phaseStart = System.nanoTime();
    private int phaseDone;

    public SearchBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public SearchReport run(Config c) throws IOException, InterruptedException {
        ScaleCorpus corpus = new ScaleCorpus(c.seed());
        Path tenorRoot = c.workDir().resolve("tenor-index");
        Path baselineDir = c.workDir().resolve("baseline-index");
        Files.createDirectories(c.workDir());
        try {
            double generator = generatorSpeed(corpus, Math.min(c.docs(), 5_000));
            DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
            BaselineMapper baselineMapper = new BaselineMapper();
            warmUpIndexing(c, corpus, mapper, baselineMapper);

            IndexLocation location = new IndexLocation(tenorRoot);
            Path generation = location.newGeneration();
            Files.createDirectories(baselineDir);
            step("indexing %,d documents with Tenor's path (DocumentMapper + TenorAnalyzer) and %,d with the minimal "
                    + "baseline loop, %d threads, alternating in chunks", c.docs(), c.baselineIndexDocs(), c.threads());
            BulkLoader.Result tenorLoad;
            BulkLoader.Result baselineLoad;
            HeapWatch.Usage indexHeap;
            try (HeapWatch watch = new HeapWatch();
                 BulkLoader tenorLoader = new BulkLoader(generation, c.threads(), mapper::toLucene);
                 BulkLoader baselineLoader = new BulkLoader(baselineDir, c.threads(), baselineMapper)) {
                int chunk = Math.max(500, c.docs() / 50);
                int step = Math.max(1, c.docs() / 10);
                for (int from = 0; from < c.docs(); from += chunk) {
                    int to = Math.min(c.docs(), from + chunk);
                    // Which system goes first alternates, like the queries below.
                    boolean tenorFirst = (from / chunk) % 2 == 0;
                    if (!tenorFirst && from < c.baselineIndexDocs()) {
                        baselineLoader.load(corpus, from, Math.min(to, c.baselineIndexDocs()));
                    }
                    tenorLoader.load(corpus, from, to);
                    if (tenorFirst && from < c.baselineIndexDocs()) {
                        baselineLoader.load(corpus, from, Math.min(to, c.baselineIndexDocs()));
                    }
                    if (to / step != from / step) {
                        tick(to);
                    }
                }
                tenorLoad = tenorLoader.finish();
                baselineLoad = baselineLoader.finish();
                indexHeap = watch.usage();
            }
            location.publish(generation);
            IndexLocation.deleteTree(baselineDir);

            List<BenchQuery> queries = BenchQueries.build(corpus, c.docs(), c.queries(), c.seed());
            try (Searcher searcher = new Searcher(location); BaselineSearch baseline = new BaselineSearch(generation)) {
                AtomicInteger errors = new AtomicInteger();
                Target tenor = q -> {
                    try {
                        return searcher.search(q.request()).total();
                    } catch (InvalidQueryException e) {
                        errors.incrementAndGet();
                        return 0;
                    }
                };
                Target base = q -> baseline.search(q).total();
                long live = HeapWatch.liveHeapBytes();
                // At least one pass over the mix; 300 queries at scale, fewer for smoke runs.
                int warmUp = Math.max(queries.size(), Math.min(300, c.docs() / 100));
                step("warming up: %d queries on each system", warmUp);
                for (int k = 0; k < warmUp; k++) {
                    tenor.search(queries.get(k % queries.size()));
                    base.search(queries.get(k % queries.size()));
                }
                errors.set(0);
                HeapWatch.Usage searchHeap;
                long[] totals = new long[2];
                Interleaved single;
                Latencies tenorParallel;
                Latencies baselineParallel;
                try (HeapWatch watch = new HeapWatch()) {
                    step("measuring: %d queries single-threaded, alternating systems", queries.size());
                    single = interleaved(queries, tenor, base, totals);
                    step("measuring: %d queries on %d threads, A-B-B-A", queries.size() * c.threads(), c.threads());
                    tenorParallel = parallel(queries, tenor, c.threads());
                    baselineParallel = parallel(queries, base, c.threads());
                    baselineParallel = Latencies.merge(baselineParallel, parallel(queries, base, c.threads()));
                    tenorParallel = Latencies.merge(tenorParallel, parallel(queries, tenor, c.threads()));
                    searchHeap = watch.usage();
                }
                return new SearchReport(new Report(c, generator, tenorLoad, baselineLoad, indexHeap, live,
                        new SearchFigures(single.all().tenor(), tenorParallel),
                        new SearchFigures(single.all().baseline(), baselineParallel),
                        searchHeap, totals[0], totals[1], errors.get(), single.byKind()));
            }
        } finally {
            if (!c.keep()) {
                IndexLocation.deleteTree(c.workDir());
            }
        }
    }

    /** Documents per second one thread generates, so readers can see the generator is not the bottleneck. */
    static double generatorSpeed(ScaleCorpus corpus, int sample) {
        long start = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            corpus.document(i);
        }
        return sample / ((System.nanoTime() - start) / 1e9);
    }

    private void warmUpIndexing(Config c, ScaleCorpus corpus, DocumentMapper mapper, BaselineMapper baseline)
            throws IOException, InterruptedException {
        int n = Math.min(c.docs() / 10, 3_000);
        step("warming up indexing: %,d documents on each path (not measured)", n);
        Path tenorWarm = Files.createDirectories(c.workDir().resolve("warm-tenor"));
        Path baselineWarm = Files.createDirectories(c.workDir().resolve("warm-baseline"));
        try (BulkLoader t = new BulkLoader(tenorWarm, c.threads(), mapper::toLucene);
             BulkLoader b = new BulkLoader(baselineWarm, c.threads(), baseline)) {
            t.load(corpus, 0, n);
            b.load(corpus, 0, n);
        }
        IndexLocation.deleteTree(tenorWarm);
        IndexLocation.deleteTree(baselineWarm);
    }

    /** Tenor and baseline alternate query by query, and which goes first alternates too. */
    static Interleaved interleaved(List<BenchQuery> queries, Target tenor, Target baseline, long[] totals) throws IOException {
        long[] t = new long[queries.size()];
        long[] b = new long[queries.size()];
        long tWall = 0;
        long bWall = 0;
        for (int k = 0; k < queries.size(); k++) {
            BenchQuery q = queries.get(k);
            if (k % 2 == 0) {
                long t0 = System.nanoTime();
                totals[0] += tenor.search(q);
                long t1 = System.nanoTime();
                totals[1] += baseline.search(q);
                long t2 = System.nanoTime();
                t[k] = t1 - t0;
                b[k] = t2 - t1;
            } else {
                long t0 = System.nanoTime();
                totals[1] += baseline.search(q);
                long t1 = System.nanoTime();
                totals[0] += tenor.search(q);
                long t2 = System.nanoTime();
                b[k] = t1 - t0;
                t[k] = t2 - t1;
            }
            tWall += t[k];
            bWall += b[k];
        }
        Map<BenchQuery.Kind, Pair> byKind = new java.util.EnumMap<>(BenchQuery.Kind.class);
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            int[] at = java.util.stream.IntStream.range(0, queries.size()).filter(k -> queries.get(k).kind() == kind).toArray();
            if (at.length > 0) {
                long[] tk = java.util.Arrays.stream(at).mapToLong(k -> t[k]).toArray();
                long[] bk = java.util.Arrays.stream(at).mapToLong(k -> b[k]).toArray();
                byKind.put(kind, new Pair(Latencies.of(tk, java.util.Arrays.stream(tk).sum()), Latencies.of(bk, java.util.Arrays.stream(bk).sum())));
            }
        }
        return new Interleaved(new Pair(Latencies.of(t, tWall), Latencies.of(b, bWall)), byKind);
    }

    /** Each client runs the whole mix, starting at a different offset. */
    static Latencies parallel(List<BenchQuery> queries, Target target, int threads) throws IOException, InterruptedException {
        int n = queries.size();
        long[] nanos = new long[n * threads];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int client = t;
                clients.add(pool.submit(() -> {
                    for (int k = 0; k < n; k++) {
                        BenchQuery q = queries.get((k + client * n / threads) % n);
                        long t0 = System.nanoTime();
                        target.search(q);
                        nanos[client * n + k] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Search failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Latencies.of(nanos, System.nanoTime() - start);
    }

    private void step(String format, Object... args) {
        phaseStart = System.nanoTime();
        phaseDone = 0;
        progress.printf(java.util.Locale.ROOT, "bench: " + format + "%n", args);
        progress.flush();
    }

    private void tick(int done) {
        long now = System.nanoTime();
        // Progress of long runs, so an interrupted 1M run still tells its rate.
        progress.printf(java.util.Locale.ROOT, "bench:   %,d documents, %,.0f docs/s since last report (both systems' time), heap used %d MB%n", done,
                (done - phaseDone) / Math.max(1e-9, (now - phaseStart) / 1e9),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        progress.flush();
        phaseStart = now;
        phaseDone = done;
    }
}
