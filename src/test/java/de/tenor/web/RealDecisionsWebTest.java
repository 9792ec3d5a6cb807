package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.ingest.Ingest;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 against the real app over real decisions from ../shared/corpora (copied into a
 * temporary corpus, never into the repository): one document per decision (the BSG ruling as HTML
 * and as text; a known BVerwG page uploaded again), every docket of the joined RII decision, the
 * redaction cases, and the feed's order after an upload. Skipped with a message without ../shared.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealDecisionsWebTest {

    private static final String TOKEN = "test-upload-token-0123456789";
    private static final Path SHARED = Path.of(System.getProperty("tenor.shared", "../shared"), "corpora");

    @TempDir
    static Path tmp;
    static Path corpus;
    static Searcher searcher;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipping the real-decisions web test");
        corpus = tmp.resolve("corpus");
        copy("bverwg-2024-pages/html/010224U2A7.23.0.html", "import/bverwg/010224U2A7.23.0.html");
        copy("bverwg-2024-pages/html/220224U1C12.22.0.html", "import/bverwg/220224U1C12.22.0.html");
        copy("portal-fixtures/refex/bsg_2018-06-27.html", "import/refex/bsg_2018-06-27.html");
        copy("portal-fixtures/refex/bsg_2018-06-27.txt", "import/refex/bsg_2018-06-27.txt");
        copy("portal-fixtures/oldp-ingestor/rii/file_number_KVRE427811801.xml", "import/rii/KVRE427811801.xml");
        // Entered the corpus a year ago, so an upload today is the newest.
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(365L * 24 * 3600)));
            }
        }
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        Extractor extractor = new Extractor();
        IndexBuilder builder = new IndexBuilder(location, extractor, Clock.systemUTC());
        builder.build(new CorpusStore(corpus).captures(), IndexProgress.NONE);
        searcher = new Searcher(location);
        Ingest importer = new Ingest(new CorpusStore(corpus), location, extractor, Clock.systemUTC(), 2);
        app = WebApp.create(searcher, "127.0.0.1",
                WebConfig.defaults().withUpload(new UploadConfig(TOKEN, 4L << 20, importer))).start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.stop();
            searcher.close();
        }
    }

    private static void copy(String from, String to) throws IOException {
        Path target = corpus.resolve(to);
        Files.createDirectories(target.getParent());
        Files.copy(SHARED.resolve(from), target);
    }

    private static JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private static JsonNode search(String q) throws IOException, InterruptedException {
        return get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(byte[] bytes, String contentType) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void the_same_bsg_ruling_as_html_and_as_text_is_one_document_with_both_sources() throws Exception {
        JsonNode all = search("Abtretung Honoraransprüche Vertragszahnarztes Kassenzahnärztliche");
        assertEquals(1, all.get("total").asInt(), all.toString());
        JsonNode doc = get("/api/doc/" + all.get("hits").get(0).get("id").asText());
        List<String> sources = json.convertValue(doc.get("sources"), json.getTypeFactory().constructCollectionType(List.class, String.class));
        assertEquals(2, sources.size(), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.endsWith(".html")) && sources.stream().anyMatch(s -> s.endsWith(".txt")));
    }

    @Test
    @Order(1)
    void real_off_topic_rulings_are_filtered_by_the_topic_facet_and_have_no_outcome() throws Exception {
        JsonNode off = get("/api/search?topic=false");
        assertEquals(4, off.get("total").asInt(), off.toString());
        for (JsonNode hit : off.get("hits")) {
            assertFalse(hit.get("topic").asBoolean());
            assertFalse(hit.get("sample").asBoolean());
            assertTrue(hit.get("outcome").isNull(), hit.toString());
        }
        assertEquals(0, get("/api/search?topic=true").get("total").asInt());
    }

    /**
     * Issue 21: snippet passages are whole sentences of the ruling. The JDK's sentence iterator ended
     * them at "Beschluss vom 19." and began the next with "Oktober 2020 – 1 B …" or "BVerwG" after "vgl.".
     */
    @Test
    @Order(1)
    void snippets_of_real_rulings_do_not_cut_dates_or_citations() throws Exception {
        JsonNode r = search("Beschluss Urteil");
        assertTrue(r.get("total").asInt() >= 2, r.toString());
        int passages = 0;
        for (JsonNode hit : r.get("hits")) {
            for (String passage : hit.get("snippet").asText().replaceAll("</?mark>", "").split(" … ")) {
                String p = passage.strip();
                passages++;
                assertFalse(p.matches("(?s)(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b.*"),
                        "a passage begins with the month of a cut date: " + p);
                assertFalse(p.matches("(?s).*\\bvom \\d{1,2}\\.") || p.matches("(?si).*\\b(vgl|i|z)\\."),
                        "a passage ends inside a date or citation: " + p);
            }
        }
        assertTrue(passages >= 2, r.toString());
    }

    /**
     * Most real rulings are longer than the highlighter's default 10,000 characters (36 of the 50
     * bverwg.de pages); a word that first occurs in the reasons further down must still be the snippet,
     * not the ruling's opening.
     */
    @Test
    @Order(1)
    void words_deep_in_a_long_ruling_are_shown_in_the_snippet() throws Exception {
        // Typed word → the word marked in the text: as written, and found through a compound part or a stem alone.
        Map<String, String> marked = Map.of("Luftküsschen", "Luftküsschen",
                "Verhältnismäßigkeitsgrundsatz", "Verhältnismäßigkeitsgrundsatz",
                "Küsschen", "Luftküsschen", "Luftküsschens", "Luftküsschen");
        for (Map.Entry<String, String> e : marked.entrySet()) {
            JsonNode r = search(e.getKey());
            assertEquals(1, r.get("total").asInt(), r.toString());
            String snippet = r.get("hits").get(0).get("snippet").asText();
            assertTrue(snippet.contains("<mark>" + e.getValue() + "</mark>"), e.getKey() + ": " + snippet);
        }
    }

    @Test
    @Order(2)
    void every_docket_of_the_joined_rii_decision_finds_it_first() throws Exception {
        for (String docket : List.of("2 BvQ 53/18", "2 BvQ 60/18", "2 BvQ 70/18")) {
            JsonNode r = search(docket);
            assertTrue(r.get("total").asInt() >= 1, docket + ": " + r);
            JsonNode first = r.get("hits").get(0);
            assertEquals("BVerfG", first.get("court").asText(), docket);
            assertTrue(first.get("docket").asText().contains(docket), first.get("docket").asText());
        }
    }

    @Test
    @Order(3)
    void a_known_decision_uploaded_again_answers_200_with_the_existing_id_and_stores_nothing() throws Exception {
        String existing = search("2 A 7.23").get("hits").get(0).get("id").asText();
        HttpResponse<String> r = upload(Files.readAllBytes(SHARED.resolve("bverwg-2024-pages/html/010224U2A7.23.0.html")),
                "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(existing, json.readTree(r.body()).get("id").asText());
        assertFalse(Files.exists(corpus.resolve("upload")), "no second copy stored");
    }

    @Test
    @Order(4)
    void named_parties_are_refused_with_their_line_and_initials_are_accepted() throws Exception {
        String head = "Sozialgericht Gelsenkirchen\nBeschluss\nAktenzeichen: S 11 AS %d/19 ER\n\nTenor\n\n"
                + "Der Antrag wird abgelehnt.\n\nGründe\n\n1\n%s\n";
        List<String> named = List.of("Kläger: Popescu, Ion (geb. 1988) ist rumänischer Staatsangehöriger.",
                "Die Klägerin Maria … arbeitet als Reinigungskraft.",
                "Der Antragsteller Ion Popescu arbeitet seit 2018 als Zeitungszusteller.");
        for (int i = 0; i < named.size(); i++) {
            HttpResponse<String> r = upload(String.format(head, 100 + i, named.get(i)).getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            assertEquals(422, r.statusCode(), r.body());
            JsonNode finding = json.readTree(r.body()).get("findings").get(0);
            assertEquals(12, finding.get("line").asInt(), "the name stands on line 12 of the file: " + finding);
            assertEquals(0, search("S 11 AS " + (100 + i) + "/19").get("total").asInt());
        }
        HttpResponse<String> ok = upload(String.format(head, 200, "Der Antragsteller I. P. arbeitet seit 2018 als Zusteller.")
                .getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(201, ok.statusCode(), ok.body());
    }

    @Test
    @Order(5)
    void the_document_uploaded_last_is_the_first_feed_entry() throws Exception {
        String uploaded = search("S 11 AS 200/19").get("hits").get(0).get("id").asText();
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/feed.atom"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String body = feed.body();
        int firstEntry = body.indexOf("<entry>");
        assertTrue(firstEntry > 0, body);
        assertTrue(body.indexOf("urn:tenor:doc:" + uploaded) == body.indexOf("<id>", firstEntry) + "<id>".length(),
                "first entry is the upload: " + body.substring(firstEntry, Math.min(body.length(), firstEntry + 400)));
        assertFalse(body.contains("&amp;#x2F;") || body.contains("&amp;amp;"), "text escaped once");
        assertTrue(body.contains("Der Antrag wird abgelehnt."), "summary is the Tenor's first sentence");
    }
}
