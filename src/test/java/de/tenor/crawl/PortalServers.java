package de.tenor.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Five local HTTP servers on 127.0.0.1 that answer like the real portals (SOURCES.md): the NRWE
 * search form (answers built from the real search answer {@code gesp/nw_search.html}), the NRWE
 * decision host (pages built from the real decision page {@code oldp-ingestor/nrw/1.html}, robots.txt
 * forbidding {@code /private/}), NeuRIS (Hydra JSON, one hit per page so {@code view.next} is
 * followed), Open Legal Data (the second result page answers 429 with a day-long Retry-After), and a
 * news site with an Atom and an RSS feed (robots.txt forbidding {@code /private/}). The cases come
 * from {@link PortalCase}; {@link #round} decides which are published. Every request is recorded.
 */
public final class PortalServers implements AutoCloseable {

    /** One request as a server saw it. */
    record Hit(String server, String method, String target, Map<String, List<String>> headers, String body,
               long startNanos, long endNanos, int status) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    static final int NRWE_PAGE_SIZE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");

    final List<PortalCase> cases = PortalCase.load();
    private final String searchTemplate;
    private final String decisionTemplate;
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    public volatile int round = 1;
    /** Simulates a portal that changed its markup or JSON. */
    volatile boolean brokenNrwe;
    volatile boolean brokenNeuris;

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** The real fixtures, or null when ../shared is absent (the caller skips). */
    public static Path fixtures() {
        Path dir = Path.of(System.getProperty("tenor.shared", "../shared")).resolve("corpora/portal-fixtures");
        return Files.isRegularFile(dir.resolve("gesp/nw_search.html")) && Files.isRegularFile(dir.resolve("oldp-ingestor/nrw/1.html"))
                ? dir : null;
    }

    public PortalServers(Path fixtures) throws IOException {
        searchTemplate = Files.readString(fixtures.resolve("gesp/nw_search.html"));
        decisionTemplate = Files.readString(fixtures.resolve("oldp-ingestor/nrw/1.html"));
        for (String name : List.of("search", "docs", "neuris", "oldp", "news")) {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            s.createContext("/", ex -> handle(name, ex));
            s.start();
            servers.put(name, s);
        }
    }

    public String base(String server) {
        return "http://127.0.0.1:" + servers.get(server).getAddress().getPort();
    }

    synchronized List<Hit> hits() {
        return hits.stream().sorted(Comparator.comparingLong(Hit::startNanos)).toList();
    }

    List<Hit> hits(String server) {
        return hits().stream().filter(h -> h.server().equals(server)).toList();
    }

    synchronized void clearHits() {
        hits.clear();
    }

    /** The URL a client fetches the case's document from. */
    String documentUrl(PortalCase c) {
        return switch (c.portal()) {
            case "nrwe" -> base("docs") + nrwePath(c);
            case "neuris" -> base("neuris") + "/v1/case-law/" + documentNumber(c);
            case "oldp" -> base("oldp") + "/api/cases/" + oldpId(c) + "/";
            default -> base("news") + (c.list().equals("robots") ? "/private/" : "/artikel/") + c.id() + ".html";
        };
    }

    /** Where the index finds it (the same, except that NRWE pages keep their URL). */
    private List<PortalCase> published(String portal) {
        return cases.stream().filter(c -> c.portal().equals(portal) && c.round() <= round).toList();
    }

    private void handle(String server, HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = 500;
        try {
            status = respond(server, ex, body);
        } finally {
            URI u = ex.getRequestURI();
            String target = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            synchronized (this) {
                hits.add(new Hit(server, ex.getRequestMethod(), target, Map.copyOf(ex.getRequestHeaders()), body, start,
                        System.nanoTime(), status));
            }
            ex.close();
        }
    }

    private int respond(String server, HttpExchange ex, String body) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = form(ex.getRequestURI().getRawQuery());
        if (path.equals("/robots.txt")) {
            String rules = server.equals("search") ? "User-agent: *\nDisallow:\n" : "User-agent: *\nDisallow: /private/\n";
            return send(ex, 200, "text/plain", rules);
        }
        return switch (server) {
            case "search" -> ex.getRequestMethod().equals("POST") && path.equals("/index.php")
                    ? send(ex, 200, "text/html; charset=UTF-8", nrweAnswer(form(body)))
                    : send(ex, 405, "text/plain", "POST only");
            case "docs" -> decisionPage(ex, path);
            case "neuris" -> neuris(ex, path, query);
            case "oldp" -> oldp(ex, path, query);
            default -> news(ex, path);
        };
    }

    // --- NRWE ---------------------------------------------------------------------------------

    private static String nrwePath(PortalCase c) {
        String dir = c.court().startsWith("Sozialgericht") ? "sgs/" + place(c.court()) + "/sg_" + place(c.court())
                : c.court().startsWith("Landessozialgericht") ? "sgs/lsg_nrw" : c.court().startsWith("Oberverwaltungsgericht")
                ? "ovgs/ovg_nrw" : c.court().startsWith("Landesarbeitsgericht") ? "arbgs/lag_duesseldorf"
                : "ovgs/vg_" + place(c.court());
        String file = c.docket().replace(" ", "_").replace("/", "_").replace(".", "_") + "_" + c.type() + "_" + COMPACT.format(c.date()) + ".html";
        return "/" + (c.list().equals("robots") ? "private/" : "") + dir + "/j" + c.date().getYear() + "/" + file;
    }

    private static String place(String court) {
        String last = court.substring(court.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae");
    }

    /** The real answer page with its hits and pagination replaced by ours (same markup, same quirks). */
    private String nrweAnswer(Map<String, String> form) {
        if (brokenNrwe) {
            return "<html><body><div class='neueSuche'><p>Treffer: 3</p><ul class='results'><li>…</li></ul></div></body></html>";
        }
        String q = form.getOrDefault("q", "").toLowerCase(Locale.GERMAN);
        String type = form.getOrDefault("gerichtstyp", "");
        List<PortalCase> matching = published("nrwe").stream()
                .filter(c -> String.join(" ", c.lines()).toLowerCase(Locale.GERMAN).contains(q))
                .filter(c -> type.isEmpty() || c.court().startsWith(type))
                .sorted(Comparator.comparing(PortalCase::date).reversed()).toList();
        int page = 1;
        for (String key : form.keySet()) {
            if (key.matches("page\\d+")) {
                page = Integer.parseInt(key.substring(4));
            }
        }
        int pages = Math.max(1, (matching.size() + NRWE_PAGE_SIZE - 1) / NRWE_PAGE_SIZE);
        List<PortalCase> shown = matching.subList(Math.min(matching.size(), (page - 1) * NRWE_PAGE_SIZE),
                Math.min(matching.size(), page * NRWE_PAGE_SIZE));
        StringBuilder hitsHtml = new StringBuilder();
        for (PortalCase c : shown) {
            // As on the portal: no space before href, <br />-separated labelled lines.
            hitsHtml.append("<div class='einErgebnis'><a target='_blank'href='").append(base("docs")).append(nrwePath(c))
                    .append("'>").append(c.docket()).append(" - ").append(c.court()).append("</a><br />\n\t\t\t\t Gericht: ")
                    .append(c.court()).append(" <br />\n\t\t\t\t Entscheidungsart: ").append(c.type())
                    .append("  <br />Aktenzeichen: ").append(c.docket()).append("  <br />ECLI:DE:XX:").append(c.date().getYear())
                    .append(":0000.X.00<br />Entscheidungsdatum:  ").append(GERMAN.format(c.date())).append("<br /></div>");
        }
        StringBuilder pagination = new StringBuilder("<div class='pagination'>");
        for (int p = 1; p <= pages; p++) {
            pagination.append("<input type=\"submit\" name=\"page").append(p).append("\" value=\"").append(p).append("\" class=\"")
                    .append(p == page ? "selectedPage " : "").append("button\"> ");
        }
        if (page < pages) {
            pagination.append("<input type=\"submit\" class=\"button\" name=\"page").append(page + 1).append("\" value=\"&gt;\" />");
        }
        pagination.append("</div>");
        Document doc = Jsoup.parse(searchTemplate);
        doc.selectFirst("#anzahlGefunden strong").text(String.valueOf(matching.size()));
        doc.select("div.pagination").forEach(e -> e.after(pagination.toString()).remove());
        doc.selectFirst("div.alleErgebnisse").html(hitsHtml.toString());
        // jsoup would add the space before href; the portal does not, and clients must cope.
        return doc.outerHtml().replace("target=\"_blank\" href=", "target='_blank'href=");
    }

    private int decisionPage(HttpExchange ex, String path) throws IOException {
        for (PortalCase c : published("nrwe")) {
            if (nrwePath(c).equals(path)) {
                Document page = Jsoup.parse(decisionTemplate);
                page.title(c.court() + ", " + c.docket());
                page.selectFirst("#nrwetitle").text(c.court() + ", " + c.docket());
                Map<String, String> fields = Map.of("Datum:", GERMAN.format(c.date()), "Gericht:", c.court(),
                        "Spruchkörper:", "1. Kammer", "Entscheidungsart:", c.type(), "Aktenzeichen:", c.docket(),
                        "ECLI:", "ECLI:DE:XX:" + c.date().getYear() + ":0000.X.00", "Vorinstanz:", "keine",
                        "Tenor:", "");
                for (Element label : page.select("div.feldbezeichnung")) {
                    Element value = label.nextElementSibling();
                    String key = label.text().strip();
                    if (key.equals("Tenor:")) {
                        value.html("<p>" + c.tenor() + "</p>");
                    } else if (fields.containsKey(key) && value != null) {
                        value.text(fields.get(key));
                    }
                }
                Element body = page.select("div.maindiv").last();
                StringBuilder rn = new StringBuilder("<span class=\"absatzRechts\">1</span><p class=\"absatzLinks\"><b>Gründe:</b></p>\n");
                int n = 2;
                for (String p : c.paragraphs()) {
                    rn.append("<span class=\"absatzRechts\">").append(n++).append("</span><p class=\"absatzLinks\">")
                            .append(p).append("</p>\n");
                }
                body.html(rn.toString());
                return send(ex, 200, "text/html;charset=UTF-8", page.outerHtml());
            }
        }
        return send(ex, 404, "text/html", "<html><body>Nicht gefunden</body></html>");
    }

    // --- NeuRIS -------------------------------------------------------------------------------

    private static String documentNumber(PortalCase c) {
        return "KORE" + Math.abs(c.id().hashCode());
    }

    private int neuris(HttpExchange ex, String path, Map<String, String> q) throws IOException {
        if (path.equals("/v1/case-law")) {
            if (brokenNeuris) {
                return send(ex, 200, "application/json", "{\"results\":[],\"total\":0}");
            }
            String term = q.getOrDefault("searchTerm", "").toLowerCase(Locale.GERMAN);
            String court = q.getOrDefault("court", "");
            int pageIndex = Integer.parseInt(q.getOrDefault("pageIndex", "0"));
            List<PortalCase> matching = published("neuris").stream()
                    .filter(c -> String.join(" ", c.lines()).toLowerCase(Locale.GERMAN).contains(term))
                    .filter(c -> court.isEmpty() || c.court().equals(court)).toList();
            int size = 1; // the test server's page size, so a client must follow view.next
            ObjectNode answer = JSON.createObjectNode();
            answer.put("@type", "hydra:Collection");
            answer.put("totalItems", matching.size());
            ArrayNode member = answer.putArray("member");
            for (PortalCase c : matching.subList(Math.min(matching.size(), pageIndex * size),
                    Math.min(matching.size(), (pageIndex + 1) * size))) {
                ObjectNode item = member.addObject().putObject("item");
                meta(item, c);
            }
            ObjectNode view = answer.putObject("view");
            String self = "/v1/case-law?searchTerm=" + enc(q.getOrDefault("searchTerm", "")) + (court.isEmpty() ? "" : "&court=" + court)
                    + "&size=" + size + "&pageIndex=";
            view.put("first", self + 0);
            if ((pageIndex + 1) * size < matching.size()) {
                view.put("next", self + (pageIndex + 1));
            }
            return send(ex, 200, "application/json", answer.toString());
        }
        for (PortalCase c : published("neuris")) {
            if (path.equals("/v1/case-law/" + documentNumber(c))) {
                ObjectNode doc = JSON.createObjectNode();
                meta(doc, c);
                doc.put("tenor", "<p>" + c.tenor() + "</p>");
                doc.put("grounds", "<p>" + String.join("</p><p>", c.paragraphs()) + "</p>");
                return send(ex, 200, "application/json", doc.toString());
            }
        }
        return send(ex, 404, "application/json", "{\"error\":\"not found\"}");
    }

    private static void meta(ObjectNode item, PortalCase c) {
        item.put("documentNumber", documentNumber(c));
        item.put("@type", "Decision");
        item.put("ecli", "ECLI:DE:" + c.court() + ":" + c.date().getYear() + ":0000.X.0");
        item.put("headline", c.court() + ", " + c.type() + " vom " + GERMAN.format(c.date()) + ", " + c.docket());
        item.put("decisionDate", c.date().toString());
        item.putArray("fileNumbers").add(c.docket());
        item.put("courtType", c.court());
        item.put("courtName", c.court().equals("BSG") ? "Bundessozialgericht" : c.court().equals("BVerwG")
                ? "Bundesverwaltungsgericht" : c.court());
        item.put("documentType", c.type());
    }

    // --- Open Legal Data ----------------------------------------------------------------------

    static final int OLDP_PAGE_SIZE = 4;
    static final String OLDP_RETRY_AFTER = "85992";

    private static String oldpId(PortalCase c) {
        return String.valueOf(100000 + Math.abs(c.id().hashCode() % 100000));
    }

    private int oldp(HttpExchange ex, String path, Map<String, String> q) throws IOException {
        if (path.equals("/api/cases/search/")) {
            int page = Integer.parseInt(q.getOrDefault("page", "1"));
            if (page > 1) {
                ex.getResponseHeaders().add("Retry-After", OLDP_RETRY_AFTER);
                return send(ex, 429, "application/json", "{\"detail\":\"Request was throttled. Expected available in 85992 seconds.\"}");
            }
            List<PortalCase> all = published("oldp");
            ObjectNode answer = JSON.createObjectNode();
            answer.put("count", all.size());
            answer.put("next", all.size() > OLDP_PAGE_SIZE
                    ? base("oldp") + "/api/cases/search/?text=" + enc(q.getOrDefault("text", "")) + "&page=2" : null);
            answer.putNull("previous");
            ArrayNode results = answer.putArray("results");
            for (PortalCase c : all.subList(0, Math.min(all.size(), OLDP_PAGE_SIZE))) {
                ObjectNode r = results.addObject();
                r.put("id", Integer.parseInt(oldpId(c)));
                r.put("slug", c.id());
                r.put("date", c.date().toString());
                r.put("court", c.court());
                r.put("court_jurisdiction", jurisdiction(c.court()));
                r.put("decision_type", c.type());
                r.putArray("snippets").add(c.tenor());
            }
            return send(ex, 200, "application/json", answer.toString());
        }
        for (PortalCase c : published("oldp")) {
            if (path.equals("/api/cases/" + oldpId(c) + "/")) {
                ObjectNode doc = JSON.createObjectNode();
                doc.put("id", Integer.parseInt(oldpId(c)));
                doc.put("slug", c.id());
                ObjectNode court = doc.putObject("court");
                court.put("name", c.court());
                court.put("jurisdiction", jurisdiction(c.court()));
                doc.put("file_number", c.docket());
                doc.put("date", c.date().toString());
                doc.put("type", c.type());
                doc.put("ecli", "");
                doc.put("content", "<h2>Tenor</h2><p>" + c.tenor() + "</p><h2>Gründe</h2><p>"
                        + String.join("</p><p>", c.paragraphs()) + "</p>");
                return send(ex, 200, "application/json", doc.toString());
            }
        }
        return send(ex, 404, "application/json", "{\"detail\":\"Not found.\"}");
    }

    private static String jurisdiction(String court) {
        return court.startsWith("FG") ? "Finanzgerichtsbarkeit" : court.startsWith("Bundesarbeits") ? "Arbeitsgerichtsbarkeit"
                : court.startsWith("SG") || court.startsWith("LSG") ? "Sozialgerichtsbarkeit" : "Verwaltungsgerichtsbarkeit";
    }

    // --- news ---------------------------------------------------------------------------------

    private int news(HttpExchange ex, String path) throws IOException {
        if (path.equals("/feeds/ruhr.atom")) {
            return send(ex, 200, "application/atom+xml; charset=utf-8", atom());
        }
        if (path.equals("/feeds/rp.rss")) {
            return send(ex, 200, "application/rss+xml; charset=utf-8", rss());
        }
        for (PortalCase c : cases) {
            if (c.article() && c.round() <= round && documentUrl(c).equals(base("news") + path)) {
                return send(ex, 200, "text/html; charset=utf-8", article(c));
            }
        }
        return send(ex, 404, "text/html", "<html><body>Nicht gefunden</body></html>");
    }

    private String atom() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Ruhrgebiet (Beispieldaten)</title><id>urn:test:ruhr</id><updated>2025-03-01T00:00:00Z</updated>");
        for (PortalCase c : published("atom")) {
            sb.append("<entry><title>").append(xml(c.tenor())).append("</title><link rel=\"alternate\" href=\"")
                    .append(documentUrl(c)).append("\"/><id>urn:test:").append(c.id()).append("</id><updated>")
                    .append(c.date()).append("T08:00:00Z</updated><summary>").append(xml(c.paragraphs().getFirst()))
                    .append("</summary><category term=\"Ruhrgebiet\"/></entry>");
        }
        return sb.append("</feed>").toString();
    }

    private String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>NRW (Beispieldaten)</title><link>" + base("news") + "/</link><description>Test</description>");
        for (PortalCase c : published("rss")) {
            sb.append("<item><title>").append(xml(c.tenor())).append("</title><link>").append(documentUrl(c))
                    .append("</link><guid>").append(documentUrl(c)).append("</guid><pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate>")
                    .append("<description>").append(xml(c.paragraphs().getFirst())).append("</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private static String article(PortalCase c) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(xml(c.tenor())).append("</title><meta property=\"og:type\" content=\"article\">")
                .append("<meta property=\"article:published_time\" content=\"").append(c.date()).append("T08:00:00+02:00\">")
                .append("</head><body><nav><a href=\"/\">Start</a></nav><article><h1>").append(xml(c.tenor())).append("</h1>");
        c.paragraphs().forEach(p -> sb.append("<p>").append(xml(p)).append("</p>"));
        return sb.append("</article><footer>Beispieldaten – keine echten Nachrichten.</footer></body></html>").toString();
    }

    // --- plumbing -----------------------------------------------------------------------------

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Decodes a query string or a form body, keeping the order. */
    static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            String[] p = pair.split("=", 2);
            m.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }
        return m;
    }

    private static int send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }

    /** Cases that satisfy a condition (for the tests' expectations). */
    List<PortalCase> cases(Predicate<PortalCase> p) {
        return cases.stream().filter(p).toList();
    }

    /** A sources file pointing at these servers (the one the tests use). */
    public String sourcesYaml() {
        return """
                sources:
                  - type: nrwe
                    search: %s/index.php
                    queries: [Unionsbürger, Verlustfeststellung, Leistungsausschluss]
                  - type: neuris
                    api: %s
                    courts: [BSG, BVerwG]
                    queries: [Unionsbürger, Freizügigkeit]
                  - type: oldp
                    api: %s
                    queries: [Unionsbürger, Verlustfeststellung]
                  - type: feed
                    urls: [%s/feeds/ruhr.atom, %s/feeds/rp.rss]
                """.formatted(base("search"), base("neuris"), base("oldp"), base("news"), base("news"));
    }

    /** Requests that asked for a document (not a list, not robots.txt). */
    public long documentRequests() {
        return hits().stream().filter(h -> h.target().startsWith("/v1/case-law/") || h.target().startsWith("/api/cases/1")
                || h.target().contains("/j20") || h.target().startsWith("/artikel/")).count();
    }

    @Override
    public void close() {
        servers.values().forEach(s -> s.stop(0));
    }
}
