package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.ingest.Ingest;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.search.Searcher;
import de.tenor.bench.SampleRulings;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: uploads to the running server over real HTTP while two clients keep searching. Each
 * upload is answered after its document is committed (found by the very next search, well within a
 * second), the index is updated rather than rebuilt (only the new file is read), and no search
 * meanwhile fails or sees fewer documents than before. A {@code tenor index} run between two
 * uploads is seen by the server, and the next upload builds on its generation.
 */
class LiveUploadTest {

    private static final String TOKEN = "test-upload-token-0123456789";

    @TempDir
    Path tmp;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void uploads_while_searches_run_are_searchable_at_once_without_a_rebuild() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/demo"));
        try (Stream<Path> demo = Files.list(Path.of("corpus/demo"))) {
            for (Path f : demo.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().limit(20).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        try (Extractor extractor = new Extractor()) {
            IndexBuilder builder = new IndexBuilder(location, extractor, Clock.systemUTC());
            int before = builder.buildIfNeeded(new CorpusStore(tmp.resolve("corpus")).captures(), false, IndexProgress.NONE).indexed();
            try (Searcher searcher = new Searcher(location)) {
                Ingest importer = new Ingest(new CorpusStore(tmp.resolve("corpus")), location, extractor, Clock.systemUTC(), 2);
                importer.keepUploadsReady(); // as tenor serve does: the source record is read before the first upload
                Javalin app = WebApp.create(searcher, "127.0.0.1",
                        WebConfig.defaults().withUpload(new UploadConfig(TOKEN, 64 * 1024, importer))).start(0);
                ExecutorService clients = Executors.newFixedThreadPool(2);
                try {
                    AtomicBoolean stop = new AtomicBoolean();
                    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                    AtomicInteger fewer = new AtomicInteger();
                    List<Future<?>> running = Stream.<Future<?>>generate(() -> clients.submit(() -> {
                        // Bounded: at most 2,000 requests per client.
                        for (int i = 0; i < 2000 && !stop.get(); i++) {
                            HttpResponse<String> r = get(app, "/api/search?q=Arbeitnehmer");
                            statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (json.readTree(get(app, "/health").body()).get("documents").asInt() < before) {
                                fewer.incrementAndGet();
                            }
                        }
                        return null;
                    })).limit(2).toList();

                    int expected = before;
                    for (int n = 1; n <= 3; n++) {
                        if (n == 3) {
                            // tenor index from the command line while the server runs: the server sees its
                            // generation, and the next upload builds on it.
                            Files.writeString(corpus.resolve("cli-added.txt"), SampleRulings.ruling(4799, "Belegnummer99"), StandardCharsets.UTF_8);
                            new IndexBuilder(location, extractor, Clock.systemUTC())
                                    .buildIfNeeded(new CorpusStore(tmp.resolve("corpus")).captures(), false, IndexProgress.NONE);
                            assertEquals(1, json.readTree(get(app, "/api/search?q=Belegnummer99").body()).get("total").asInt());
                            assertEquals(++expected, json.readTree(get(app, "/health").body()).get("documents").asInt());
                        }
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents"))
                                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(SampleRulings.ruling(4700 + n, "Belegnummer" + n))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long answered = System.nanoTime();
                        assertEquals(201, r.statusCode(), r.body());
                        String id = json.readTree(r.body()).get("id").asText();
                        var hits = json.readTree(get(app, "/api/search?q=" + URLEncoder.encode("Belegnummer" + n, StandardCharsets.UTF_8)).body());
                        long searchable = System.nanoTime();
                        assertEquals(1, hits.get("total").asInt(), "upload " + n + " is found by the next search");
                        assertEquals(id, hits.get("hits").get(0).get("id").asText());
                        assertTrue(searchable - answered < 1_000_000_000L, "searchable within a second");
                        assertEquals(++expected, json.readTree(get(app, "/health").body()).get("documents").asInt());
                    }
                    stop.set(true);
                    for (Future<?> f : running) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                    assertEquals(java.util.Set.of(200), statuses.keySet(), "every search answered 200: " + statuses);
                    assertEquals(0, fewer.get(), "no search saw a half-updated index");
                } finally {
                    clients.shutdownNow();
                    app.stop();
                }
            }
        }
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
