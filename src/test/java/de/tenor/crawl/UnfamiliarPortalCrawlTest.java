package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's acceptance point for unknown layouts: the held-out pages of an invented portal
 * ({@code extract/portal-unfamiliar/}, fictional, never tuned on) are crawled over real HTTP by the
 * link-following crawler, indexed, and each indexed ruling's city and outcome is compared with
 * {@code truth.csv}. Bars: city ≥ 90 %, outcome ≥ 85 %. Prints the figures and every miss.
 */
class UnfamiliarPortalCrawlTest {

    private static final Path PORTAL = Path.of("src/test/resources/extract/portal-unfamiliar");

    @TempDir
    Path tmp;

    record Truth(String path, String layout, String court, String type, String date, String docket, String city, String outcome,
            String tenorStart) {
    }

    @Test
    void crawled_rulings_of_an_unfamiliar_portal_get_city_and_outcome_right() throws Exception {
        List<Truth> truths = Files.readAllLines(PORTAL.resolve("truth.csv")).stream().skip(1).map(l -> l.split(",", -1))
                .map(f -> new Truth(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8])).toList();
        HttpServer server = serve(PORTAL.resolve("site"));
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path corpus = tmp.resolve("corpus");
            Crawls.run(corpus, Crawls.config(URI.create(base + "/index.html")).build());
            IndexLocation location = new IndexLocation(tmp.resolve("index"));
            new IndexBuilder(location, new Extractor(), Clock.systemUTC())
                    .build(new CorpusStore(corpus).captures(), IndexProgress.NONE);

            int city = 0;
            int outcome = 0;
            int court = 0;
            int date = 0;
            int docket = 0;
            int tenor = 0;
            int numbered = 0;
            int clean = 0;
            List<String> misses = new ArrayList<>();
            try (Searcher searcher = new Searcher(location)) {
                for (Truth t : truths) {
                    Document d = searcher.document(CorpusFile.idFor(base + t.path())).orElse(null);
                    if (d == null) {
                        misses.add(t.path() + ": not crawled or not indexed");
                        continue;
                    }
                    city += count(t.city(), d.ruling().city(), t, "city", misses);
                    outcome += count(t.outcome(), d.ruling().outcome() == null ? null : d.ruling().outcome().json(), t, "outcome", misses);
                    court += count(t.court(), d.ruling().court(), t, "court", misses);
                    date += count(t.date(), Objects.toString(d.ruling().date(), null), t, "date", misses);
                    docket += count(t.docket(), d.ruling().docket(), t, "docket", misses);
                    // The page's own Tenor, not a lucky outcome from the reasons; none where the page prints none.
                    String tenorStart = d.ruling().tenor() == null ? "" : d.ruling().tenor().substring(0, Math.min(d.ruling().tenor().length(), t.tenorStart().length()));
                    tenor += count(t.tenorStart(), tenorStart, t, "tenor start", misses);
                    boolean rn = d.paragraphs().stream().anyMatch(para -> "1".equals(para.number()))
                            && d.paragraphs().stream().anyMatch(para -> "3".equals(para.number()));
                    numbered += count("Rn. 1 and 3", rn ? "Rn. 1 and 3" : "no Rn.", t, "paragraph numbers", misses);
                    boolean menu = d.text().contains("Startseite") || d.text().contains("Impressum");
                    clean += count("no menu", menu ? "menu or footer in text" : "no menu", t, "text", misses);
                }
            }
            int n = truths.size();
            System.out.printf("Unfamiliar portal (%d held-out pages, crawled): city %d/%d, outcome %d/%d, court %d/%d, "
                    + "date %d/%d, docket %d/%d, Tenor %d/%d, Rn. %d/%d, no menu %d/%d%n",
                    n, city, n, outcome, n, court, n, date, n, docket, n, tenor, n, numbered, n, clean, n);
            misses.forEach(m -> System.out.println("  miss " + m));
            assertTrue(city >= Math.ceil(0.90 * n), "city " + city + "/" + n + ": " + misses);
            assertTrue(outcome >= Math.ceil(0.85 * n), "outcome " + outcome + "/" + n + ": " + misses);
            assertTrue(tenor >= Math.ceil(0.85 * n), "Tenor " + tenor + "/" + n + ": " + misses);
            assertEquals(n, clean, "site menu or footer in the text: " + misses);
        } finally {
            server.stop(0);
        }
    }

    private static int count(String expected, String actual, Truth t, String field, List<String> misses) {
        if (expected.equals(actual)) {
            return 1;
        }
        misses.add(t.path() + " [" + t.layout() + "] " + field + ": expected " + expected + ", got " + actual);
        return 0;
    }

    /** A plain static server: files under {@code root}, 404 for everything else (robots.txt included). */
    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", (HttpExchange ex) -> {
            Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : "nicht gefunden".getBytes();
            ex.getResponseHeaders().set("Content-Type", found ? "text/html; charset=utf-8" : "text/plain");
            ex.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
