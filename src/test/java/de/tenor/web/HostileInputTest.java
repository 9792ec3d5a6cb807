package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tries to break the running server with hostile input: no 5xx, no unescaped echo, no file leaks. */
class HostileInputTest extends DemoHttpTest {

    private static final int REQUESTS = 10_000;
    private static final String[] PIECES = {
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'", "\"", "(", ")", "*", "?", "~", "^",
        "AND", "OR", "NOT", "-", "+", "\\", "/", "../../etc/passwd", "%00", "\u0000", "\u0007", "\u202e", "\uD83D\uDE00",
        "Verlustfeststellung", "Minijob", "Gelsenkirchen", "8 L 469/24", "8L469/24", "ECLI:DE:VGGE:2024:0513.8L469.24.00",
        "title:", "text:(", "[a TO z]", "{", "}", "a~99", "Ärger", "ß", "12345678901234567890", "-1", "1e308", "NaN",
        "&", "=", "#", "%", "%%", "\t", "\r\n", "😀", "x".repeat(300)};
    private static final String[] PARAMS = {"q", "city", "outcome", "court", "type", "year", "courtBranch", "decisionType",
        "from", "to", "sort", "page", "pageSize", "unknown", "q"};
    private static final String[] PATHS = {"/search", "/api/search", "/", "/doc/", "/api/doc/"};

    @Test
    void ten_thousand_hostile_requests_never_get_a_5xx_or_an_unescaped_echo() throws Exception {
        Random random = new Random(20261130);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            urls.add(hostileUrl(random));
        }
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String url : urls) {
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(url))).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() >= 500) {
                        problems.add(r.statusCode() + " " + url);
                    } else if (r.body().contains("<script>alert") || r.body().contains("<img src=x")) {
                        problems.add("unescaped echo " + url);
                    } else if (r.body().contains("Exception") || r.body().contains("\tat ")) {
                        problems.add("stack trace " + url);
                    }
                } catch (IOException | InterruptedException e) {
                    problems.add("transport " + e + " " + url);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g. " + problems.stream().limit(5).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/..%2F..%2Fpom.xml", "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/doc/..%2F..%2F.ci%2Frun",
        "/public/../../pom.xml", "/public/..%2F..%2Fpom.xml", "/public/%2e%2e/%2e%2e/logback.xml", "/public/../de/tenor/web/WebApp.class"})
    void path_traversal_reveals_no_file(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " gave " + r.statusCode());
        assertFalse(r.body().contains("<project") || r.body().contains("root:") || r.body().contains("<configuration"), path);
    }

    @Test
    void every_page_sends_the_security_headers_and_documents_are_noindex() throws Exception {
        for (String path : List.of("/", "/search?q=Minijob", "/api/search", "/public/tenor.css", "/doc/nope")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
                    path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
        String id = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/search?type=ruling"))).build(),
                HttpResponse.BodyHandlers.ofString()).body().replaceAll("(?s).*?\"id\":\"([0-9a-f]+)\".*", "$1");
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(server.url("/doc/" + id))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertTrue(doc.body().contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
    }

    private static String hostileUrl(Random random) {
        String path = PATHS[random.nextInt(PATHS.length)];
        if (path.endsWith("/")  && path.length() > 1) {
            return path + enc(piece(random));
        }
        StringBuilder url = new StringBuilder(path).append('?');
        int params = 1 + random.nextInt(5);
        for (int p = 0; p < params; p++) {
            url.append(PARAMS[random.nextInt(PARAMS.length)]).append('=').append(enc(piece(random))).append('&');
        }
        return url.toString();
    }

    private static String piece(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
        }
        return s.toString();
    }

}
