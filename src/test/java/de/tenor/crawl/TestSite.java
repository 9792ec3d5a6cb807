package de.tenor.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 (port 0) serving {@code src/test/resources/crawl/site/} plus
 * dynamic paths: redirect chains and a loop, 404/500, 429 with Retry-After, a slow page, an
 * ETag page, an oversized page and an endless calendar. Records every request with server-side
 * timestamps, so tests can measure gaps and overlaps.
 */
final class TestSite implements AutoCloseable {

    /** One request as the server saw it. */
    record Hit(String path, Map<String, List<String>> headers, long startNanos, long endNanos, int status) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    volatile String other = "http://127.0.0.1:9";
    volatile String crawlDelayLine = "";
    volatile int robotsStatus = 200;
    volatile String etagVersion = "v1";
    volatile int bigBytes = 300_000;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // ~45 ms per request on loopback, which would dominate the test time. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    /**
     * All requests in the order they arrived. A hit is recorded when its response is done, and
     * under load a quick later request can finish first, so order by arrival, not by recording.
     */
    synchronized List<Hit> hits() {
        return hits.stream().sorted(java.util.Comparator.comparingLong(Hit::startNanos)).toList();
    }

    /** Requests for one path (with query), in order. */
    List<Hit> hits(String pathAndQuery) {
        return hits().stream().filter(h -> h.path().equals(pathAndQuery)).toList();
    }

    List<String> paths() {
        return hits().stream().map(Hit::path).toList();
    }

    int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        int status = 500;
        try {
            status = respond(ex);
        } finally {
            inFlight.decrementAndGet();
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            synchronized (this) {
                hits.add(new Hit(path, Map.copyOf(ex.getRequestHeaders()), start, System.nanoTime(), status));
            }
            ex.close();
        }
    }

    private int respond(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getQuery();
        switch (path) {
            case "/robots.txt" -> {
                return robotsStatus == 200 ? text(ex, 200, "text/plain", fixture("robots.txt")) : text(ex, robotsStatus, "text/plain", "no");
            }
            case "/" -> {
                return text(ex, 200, "text/html; charset=utf-8", fixture("index.html"));
            }
            case "/old-ruling" -> {
                return redirect(ex, 302, "/moved-once");
            }
            case "/moved-once" -> {
                return redirect(ex, 301, base() + "/rulings/moved.html");
            }
            case "/loop-a" -> {
                return redirect(ex, 302, "/loop-b");
            }
            case "/loop-b" -> {
                return redirect(ex, 302, "/loop-a");
            }
            case "/away" -> {
                return redirect(ex, 302, other + "/page.html");
            }
            case "/error.html" -> {
                return text(ex, 500, "text/html", "<html><body>Fehler</body></html>");
            }
            case "/busy.html" -> {
                if (counters.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement() == 0) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    return text(ex, 429, "text/plain", "slow down");
                }
                return text(ex, 200, "text/html", "<html><body><p>Geduld zahlt sich aus.</p></body></html>");
            }
            case "/busy-long.html" -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                return text(ex, 503, "text/plain", "come back tomorrow");
            }
            case "/slow.html" -> {
                sleep(4000); // well past the tests' 1.5 s timeout, which leaves room for a loaded machine
                return text(ex, 200, "text/html", "<html><body>zu spät</body></html>");
            }
            case "/etag.html" -> {
                String etag = "\"" + etagVersion + "\"";
                ex.getResponseHeaders().add("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return 304;
                }
                return text(ex, 200, "text/html", "<html><body><p>Fassung " + etagVersion + " der Seite.</p></body></html>");
            }
            case "/big.html" -> {
                String filler = "<p>" + "Füllwort ".repeat(bigBytes / 10) + "</p>";
                return text(ex, 200, "text/html", "<html><body>" + filler + "</body></html>");
            }
            case "/calendar" -> {
                int month = query == null ? 1 : Integer.parseInt(query.replace("month=", ""));
                return text(ex, 200, "text/html", "<html><body><p>Monat " + month + "</p><a href=\"/calendar?month="
                        + (month + 1) + "\">nächster Monat</a></body></html>");
            }
            case "/sitemap-rulings.xml.gz" -> {
                java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
                    out.write(fixtureBytes("sitemap-rulings.xml"));
                }
                return bytes(ex, 200, "application/octet-stream", gz.toByteArray());
            }
            case "/page.html" -> {
                return text(ex, 200, "text/html", "<html><body>zweiter Host</body></html>");
            }
            default -> {
                if (path.startsWith("/chain/")) {
                    int n = Integer.parseInt(path.substring("/chain/".length()));
                    return redirect(ex, 302, "/chain/" + (n + 1));
                }
                String file = path.substring(1).replace("mirror/", "rulings/").replace("alias.html", "canonical.html");
                byte[] body = fixtureBytes(file);
                if (body == null) {
                    return text(ex, 404, "text/html", "<html><body>Nicht gefunden</body></html>");
                }
                return bytes(ex, 200, contentType(file), body);
            }
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (file.endsWith(".docx")) {
            return "application/octet-stream"; // a careless server: the crawler must sniff
        }
        if (file.endsWith(".xml") || file.endsWith(".rss")) {
            return "application/xml";
        }
        return file.contains("latin1") ? "text/html" : "text/html; charset=utf-8";
    }

    private int redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        return text(ex, status, "text/html", "<html><body>Umgezogen</body></html>");
    }

    private String fixture(String name) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8);
    }

    /** Text fixtures get their placeholders replaced; binary ones are served as they are. */
    private byte[] fixtureBytes(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream("/crawl/site/" + name)) {
            if (in == null || name.isEmpty()) {
                return null;
            }
            byte[] raw = in.readAllBytes();
            if (name.endsWith(".pdf") || name.endsWith(".docx") || name.contains("latin1")) {
                return raw;
            }
            return new String(raw, StandardCharsets.UTF_8).replace("{{base}}", base()).replace("{{other}}", other)
                    .replace("{{crawlDelay}}", crawlDelayLine).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int text(HttpExchange ex, int status, String type, String body) throws IOException {
        return bytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int bytes(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // The crawler hung up (size cap, timeout): that is what some tests want.
        }
        return status;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
