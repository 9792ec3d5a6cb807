package de.tenor.cli;

import de.tenor.search.Searcher;
import de.tenor.web.WebApp;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Bounded load against the real server, started in this JVM on a loopback port (never a remote
 * host). The baseline is {@code /health} — same server, same HTTP stack, no search — measured in
 * the same run, so the search figures read as ratios to it.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Mixed UI/API queries against the server on 127.0.0.1: requests/s, p50/p99, errors, heap before/after.")
final class BenchLoadCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    /** Heap growth (after GC) above this after a run suggests a leak; stated next to the result. */
    static final long HEAP_GROWTH_BOUND_BYTES = 64L * 1024 * 1024;

    private static final List<String> QUERIES = List.of("Verlustfeststellung", "Minijob", "Verlustfeststellung Minijob",
            "Arbeitnehmereigenschaft", "\"völlig untergeordnet\"", "Leistungsausschluss OR Bürgergeld", "8 L 469/24",
            "Genc", "Freizügigkeit -Dano", "");
    private static final List<String> FILTERS = List.of("", "&city=Gelsenkirchen", "&city=Duisburg&city=Dortmund",
            "&outcome=won", "&city=Gelsenkirchen&outcome=lost", "&type=ruling&sort=date", "&page=2");

    @Mixin
    PathOptions paths;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the measured run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--concurrency", defaultValue = "16", description = "Parallel clients (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > 3600 || concurrency < 1 || concurrency > 256) {
            throw new UsageError("--seconds must be 1..3600 and --concurrency 1..256, got " + seconds + " and " + concurrency);
        }
        PrintWriter out = spec.commandLine().getOut();
        IndexRun.run(paths, false, spec.commandLine().getErr());
        try (Searcher searcher = new Searcher(paths.indexLocation())) {
            Javalin app = WebApp.create(searcher, "127.0.0.1").start(0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                List<String> mixed = mixedPaths();
                run(http, base, mixed, Duration.ofSeconds(Math.min(3, seconds))); // warm-up, not reported
                long heapBefore = heapAfterGc();
                Result health = run(http, base, List.of("/health"), Duration.ofMillis(seconds * 250L));
                Result search = run(http, base, mixed, Duration.ofMillis(seconds * 750L));
                long heapAfter = heapAfterGc();
                out.printf("load: %d clients on 127.0.0.1, %d s, %d documents%n", concurrency, seconds, searcher.documentCount());
                out.println("                         requests   req/s    p50 ms   p99 ms   max ms  errors");
                print(out, "baseline /health", health);
                print(out, "search mix (UI + API)", search);
                out.printf("ratio search ÷ baseline: p50 %.1f×, p99 %.1f×, throughput %.2f×%n",
                        search.p(50) / Math.max(0.001, health.p(50)), search.p(99) / Math.max(0.001, health.p(99)),
                        search.perSecond() / Math.max(0.001, health.perSecond()));
                long growth = heapAfter - heapBefore;
                out.printf("heap after GC: before %d MB, after %d MB, growth %d MB (bound %d MB: %s)%n",
                        heapBefore >> 20, heapAfter >> 20, growth >> 20, HEAP_GROWTH_BOUND_BYTES >> 20,
                        growth <= HEAP_GROWTH_BOUND_BYTES ? "ok" : "EXCEEDED");
                out.printf("errors: %d%n", health.errors + search.errors);
                out.flush();
                return health.errors + search.errors == 0 && growth <= HEAP_GROWTH_BOUND_BYTES ? 0 : 1;
            } finally {
                app.stop();
            }
        }
    }

    private Result run(HttpClient http, String base, List<String> paths, Duration length) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                int i = offset;
                while (System.nanoTime() < deadline) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        all.sort(null);
        return new Result(all, elapsed, errors.get());
    }

    private static List<String> mixedPaths() {
        List<String> paths = new ArrayList<>();
        for (String q : QUERIES) {
            for (String f : FILTERS) {
                String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + f;
                paths.add("/search?" + query);
                paths.add("/api/search?" + query);
            }
        }
        return paths;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(PrintWriter out, String label, Result r) {
        out.printf("%-24s %9d %7.0f %9.2f %8.2f %8.2f %7d%n", label, r.latencies.size(), r.perSecond(), r.p(50), r.p(99), r.p(100), r.errors);
    }

    private record Result(List<Long> latencies, long elapsedNanos, long errors) {
        double p(int percentile) {
            if (latencies.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latencies.size()) - 1;
            return latencies.get(Math.max(0, Math.min(latencies.size() - 1, index))) / 1e6;
        }

        double perSecond() {
            return latencies.size() / (elapsedNanos / 1e9);
        }
    }
}
