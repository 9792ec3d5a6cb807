package de.tenor.bench;

import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexLocation;
import de.tenor.search.Facet;
import de.tenor.search.Searcher;
import de.tenor.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code tenor bench http} (issue 21): the real server ({@link WebApp}, the {@code /api/search} route
 * as the UI and API clients call it, JSON included) over an index of N generated documents, measured
 * through HTTP next to the raw-Lucene {@link BaselineSearch} in-process on the same index and the same
 * queries, in the same run. The index is built once per work folder and reused by later runs (the
 * build is not what this measures; {@code tenor bench search} measures indexing).
 *
 * <p>Noise control as in {@link SearchBenchmark}: one client alternates the two systems query by
 * query; the multi-client passes run in A-B-B-A order. Not thread-safe; one run per instance.
 */
public final class HttpBenchmark {

    /**
     * @param docs corpus size
     * @param threads parallel clients of the second pass (and indexing threads when the index is built)
     * @param queries size of the fixed query mix
     * @param warmUpPasses unmeasured passes over the mix on each system first
     * @param workDir index folder: reused when it holds an index of exactly {@code docs} documents, built otherwise
     */
    public record Config(int docs, int threads, int queries, long seed, int warmUpPasses, Path workDir) {
    }

    /** Everything the report prints. */
    record Report(Config config, boolean reused, double buildSeconds, SearchBenchmark.Interleaved single,
                  Latencies httpParallel, Latencies baselineParallel, long httpTotal, long baselineTotal,
                  int errors, long meanResponseBytes, ThreadCpu.PerQuery cpu) {
    }

    /** Names of the threads that work on a request: Javalin's Jetty pool and the search slices. */
    private static final String[] SERVER_THREADS = {"JettyServerThreadPool", "tenor-search-"};
    private static final String[] BASELINE_THREADS = {"baseline-search-"};
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final PrintWriter progress;

    public HttpBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public Report run(Config c) throws IOException, InterruptedException {
        ScaleCorpus corpus = new ScaleCorpus(c.seed());
        IndexLocation location = new IndexLocation(c.workDir());
        long buildStart = System.nanoTime();
        boolean reused = ensureIndex(c, corpus, location);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        Path generation = location.current().orElseThrow();
        List<BenchQuery> queries = BenchQueries.build(corpus, c.docs(), c.queries(), c.seed());

        try (Searcher searcher = new Searcher(location); BaselineSearch baseline = new BaselineSearch(generation)) {
            Javalin app = WebApp.create(searcher, "127.0.0.1").start(0);
            try {
                String base = "http://127.0.0.1:" + app.port() + "/api/search?";
                AtomicInteger errors = new AtomicInteger();
                AtomicLong bytes = new AtomicLong();
                AtomicLong responses = new AtomicLong();
                SearchBenchmark.Target http = q -> {
                    Answer response = get(base + queryString(q));
                    bytes.addAndGet(response.body().length());
                    responses.incrementAndGet();
                    Matcher m = TOTAL.matcher(response.body());
                    if (response.status() != 200 || !m.find()) {
                        errors.incrementAndGet();
                        return 0;
                    }
                    return Long.parseLong(m.group(1));
                };
                SearchBenchmark.Target raw = q -> baseline.search(q).total();
                step("warming up: %d passes of %d queries on each system (server on port %d)", c.warmUpPasses(), queries.size(), app.port());
                for (int pass = 0; pass < c.warmUpPasses(); pass++) {
                    for (BenchQuery q : queries) {
                        http.search(q);
                        raw.search(q);
                    }
                }
                errors.set(0);
                bytes.set(0);
                responses.set(0);
                long[] totals = new long[2];
                step("measuring: %d queries with one client, alternating HTTP and raw Lucene", queries.size());
                SearchBenchmark.Interleaved single = SearchBenchmark.interleaved(queries, http, raw, totals);
                step("measuring: %d queries with %d clients, A-B-B-A", queries.size() * c.threads(), c.threads());
                Latencies httpParallel = SearchBenchmark.parallel(queries, http, c.threads());
                Latencies rawParallel = SearchBenchmark.parallel(queries, raw, c.threads());
                rawParallel = Latencies.merge(rawParallel, SearchBenchmark.parallel(queries, raw, c.threads()));
                httpParallel = Latencies.merge(httpParallel, SearchBenchmark.parallel(queries, http, c.threads()));
                ThreadCpu.PerQuery cpu = null;
                if (ThreadCpu.supported()) {
                    step("measuring CPU per query: %d queries with one client, the server's threads and raw Lucene's", queries.size());
                    cpu = ThreadCpu.measure(queries, http, SERVER_THREADS, raw, BASELINE_THREADS);
                }
                return new Report(c, reused, buildSeconds, single, httpParallel, rawParallel, totals[0], totals[1],
                        errors.get(), bytes.get() / Math.max(1, responses.get()), cpu);
            } finally {
                app.stop();
            }
        }
    }

    /** Reuses the folder's index when it has exactly {@code docs} documents; builds it with Tenor's indexing path otherwise. */
    private boolean ensureIndex(Config c, ScaleCorpus corpus, IndexLocation location) throws IOException, InterruptedException {
        Optional<Path> current = Files.isDirectory(c.workDir()) ? location.current() : Optional.empty();
        if (current.isPresent()) {
            int found;
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(current.get()))) {
                found = reader.numDocs();
            }
            if (found != c.docs()) {
                throw new IllegalArgumentException("--work " + c.workDir() + " holds an index of " + found + " documents, not "
                        + c.docs() + ". Pass another folder (the index is built there once and reused).");
            }
            step("reusing the index of %,d documents in %s", found, current.get());
            return true;
        }
        step("building an index of %,d generated documents in %s with Tenor's indexing path, %d threads (once; later runs reuse it)",
                c.docs(), c.workDir(), c.threads());
        Files.createDirectories(c.workDir());
        Path generation = location.newGeneration();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (BulkLoader loader = new BulkLoader(generation, c.threads(), mapper::toLucene)) {
            int chunk = Math.max(1_000, c.docs() / 10);
            for (int from = 0; from < c.docs(); from += chunk) {
                loader.load(corpus, from, Math.min(c.docs(), from + chunk));
                step("  %,d documents", Math.min(c.docs(), from + chunk));
            }
            loader.finish();
        }
        location.publish(generation);
        return false;
    }

    /** The query as the search page sends it: {@code q} and one parameter per ticked facet value. */
    static String queryString(BenchQuery q) {
        StringBuilder s = new StringBuilder("q=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        for (Map.Entry<Facet, List<String>> e : q.filters().entrySet()) {
            for (String v : e.getValue()) {
                s.append('&').append(URLEncoder.encode(e.getKey().param(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return s.toString();
    }

    /** Status and body of one answer. */
    private record Answer(int status, String body) {
    }

    /**
     * One blocking GET. Issue 21, fourth session: {@code HttpURLConnection} instead of
     * {@code java.net.http.HttpClient}, whose asynchronous machinery hands each request and answer
     * between its own threads and added about as much latency per request as the server's whole
     * CPU time; the connection is kept alive between requests of a thread (the body is read to its
     * end and closed), as a browser or API client keeps it.
     */
    private static Answer get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void step(String format, Object... args) {
        progress.printf(Locale.ROOT, "bench: " + format + "%n", args);
        progress.flush();
    }
}
