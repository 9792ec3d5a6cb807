package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe upload ({@code POST /api/documents} and the form at {@code /hochladen}) against the real app
 * over a small copy of the demo corpus: every refusal stores nothing; an accepted file is
 * searchable right after and marked as uploaded.
 */
class UploadTest {

    private static final String TOKEN = "test-upload-token-0123456789";
    private static final long MAX_BYTES = 64 * 1024;
    private static final String CLEAN = """
            Verwaltungsgericht Gelsenkirchen
            Beschluss
            Aktenzeichen: 8 L 4711/26

            Tenor

            Die aufschiebende Wirkung der Klage wird angeordnet.

            Gründe

            1
            Der Antragsteller M. P. ist rumänischer Staatsangehöriger und arbeitet als Hilfskraft in einer Großküche.
            """;
    private static final String WITH_PERSONAL_DATA = CLEAN.replace("Aktenzeichen: 8 L 4711/26", "Aktenzeichen: 8 L 4712/26")
            .replace("Der Antragsteller M. P. ist",
                    "Der Antragsteller Ion Popescu, geb. 01.02.1985, wohnhaft Musterstraße 12, Tel. 0209 123456, ion.p@example.org, ist");

    @TempDir
    static Path tmp;
    static Path corpus;
    static Searcher searcher;
    static Javalin app;
    static Javalin appWithoutUploads;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("demo"));
        for (String name : List.of("vg-gelsenkirchen-8-l-476-24.html", "sg-duisburg-s-41-as-1915-14.html")) {
            Files.copy(Path.of("corpus/demo", name), corpus.resolve("demo").resolve(name));
        }
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        Extractor extractor = new Extractor();
        IndexBuilder builder = new IndexBuilder(location, extractor, Clock.systemUTC());
        builder.build(new CorpusStore(corpus).captures(), IndexProgress.NONE);
        searcher = new Searcher(location);
        Ingest importer = new Ingest(new CorpusStore(corpus), location, extractor, Clock.systemUTC(), 2);
        app = WebApp.create(searcher, "127.0.0.1", WebConfig.defaults().withUpload(new UploadConfig(TOKEN, MAX_BYTES, importer)))
                .start(0);
        appWithoutUploads = WebApp.create(searcher, "127.0.0.1").start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        appWithoutUploads.stop();
        searcher.close();
    }

    @Test
    void without_a_configured_token_the_route_and_the_form_do_not_exist() throws Exception {
        HttpResponse<String> r = send(appWithoutUploads, HttpRequest.newBuilder(uri(appWithoutUploads, "/api/documents"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(CLEAN)).build());
        assertEquals(404, r.statusCode());
        assertEquals(404, send(appWithoutUploads, HttpRequest.newBuilder(uri(appWithoutUploads, "/hochladen")).build()).statusCode());
        assertEquals(200, send(app, HttpRequest.newBuilder(uri(app, "/hochladen")).build()).statusCode());
    }

    @Test
    void missing_or_wrong_token_is_401_and_stores_nothing() throws Exception {
        List<Path> before = uploaded();
        byte[] body = CLEAN.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = send(app, post("/api/documents", "text/plain", body).build());
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(json.readTree(none.body()).get("error").asText().contains("Zugangsschlüssel"));
        assertEquals(401, send(app, post("/api/documents", "text/plain", body).header("Authorization", "Bearer " + TOKEN + "x").build())
                .statusCode());
        assertEquals(401, send(app, post("/api/documents", "text/plain", body).header("Authorization", TOKEN).build()).statusCode());
        assertEquals(before, uploaded());
    }

    @Test
    void oversize_upload_is_413() throws Exception {
        List<Path> before = uploaded();
        byte[] big = new byte[(int) MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        // Like curl for large bodies, ask first (Expect: 100-continue): the server refuses by the
        // declared length without reading 10 MB, and the client is not cut off mid-upload.
        HttpResponse<String> r = send(app, authorized(post("/api/documents", "text/plain", big)).expectContinue(true).build());
        assertEquals(413, r.statusCode());
        assertTrue(json.readTree(r.body()).get("error").asText().contains("zu groß"));
        assertEquals(before, uploaded());
    }

    @Test
    void unsupported_type_is_415_even_when_the_name_or_type_lies() throws Exception {
        List<Path> before = uploaded();
        byte[] text = CLEAN.getBytes(StandardCharsets.UTF_8);
        assertEquals(415, send(app, authorized(post("/api/documents", "image/png", text)).build()).statusCode());
        assertEquals(415, send(app, authorized(post("/api/documents", "application/pdf", text)).build()).statusCode(),
                "text declared as PDF");
        HttpResponse<String> r = send(app, authorized(post("/api/documents", "application/zip", new byte[] {'P', 'K', 3, 4})).build());
        assertEquals(415, r.statusCode());
        assertTrue(json.readTree(r.body()).get("error").asText().contains("PDF"), "the answer lists what is accepted");
        assertEquals(before, uploaded());
    }

    @Test
    void personal_data_is_422_with_every_place_listed_and_nothing_stored() throws Exception {
        List<Path> before = uploaded();
        HttpResponse<String> r = send(app, authorized(post("/api/documents", "text/plain",
                WITH_PERSONAL_DATA.getBytes(StandardCharsets.UTF_8))).build());
        assertEquals(422, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertTrue(body.get("error").asText().contains("personenbezogene Daten"));
        List<String> found = new ArrayList<>();
        for (JsonNode f : body.get("findings")) {
            found.add(f.get("kind").asText() + ":" + f.get("text").asText());
            assertTrue(f.get("line").asInt() > 0 && f.get("offset").asInt() > 0 && !f.get("context").asText().isBlank(), f.toString());
        }
        assertEquals(List.of("name:Ion Popescu", "birth_date:01.02.1985", "address:Musterstraße 12", "phone:0209 123456",
                "email:ion.p@example.org"), found);
        assertEquals(before, uploaded());
        assertEquals(0, json.readTree(get("/api/search?q=" + "4712").body()).get("total").asInt());
    }

    @Test
    void clean_upload_is_201_searchable_right_after_and_marked_as_uploaded() throws Exception {
        int before = json.readTree(get("/health").body()).get("documents").asInt();
        List<Path> filesBefore = uploaded();
        HttpResponse<String> r = send(app, authorized(post("/api/documents", "text/plain; charset=utf-8",
                CLEAN.getBytes(StandardCharsets.UTF_8))).build());
        assertEquals(201, r.statusCode(), r.body());
        String id = json.readTree(r.body()).get("id").asText();
        assertEquals("/doc/" + id, r.headers().firstValue("Location").orElse(""));
        assertEquals(before + 1, json.readTree(get("/health").body()).get("documents").asInt());
        JsonNode hits = json.readTree(get("/api/search?q=" + java.net.URLEncoder.encode("8 L 4711/26", StandardCharsets.UTF_8)).body());
        assertEquals(id, hits.get("hits").get(0).get("id").asText());
        assertTrue(get("/doc/" + id).body().contains("Hochgeladen von einer Beratungsstelle"));
        List<Path> files = new ArrayList<>(uploaded());
        files.removeAll(filesBefore);
        assertEquals(1, files.size());
        assertEquals(CLEAN, Files.readString(files.getFirst()), "stored byte for byte");

        HttpResponse<String> again = send(app, authorized(post("/api/documents", "text/plain", CLEAN.getBytes(StandardCharsets.UTF_8))).build());
        assertEquals(200, again.statusCode());
        assertEquals(id, json.readTree(again.body()).get("id").asText());
        assertEquals(filesBefore.size() + 1, uploaded().size(), "the same file twice is one document");
    }

    @Test
    void web_form_checks_the_token_field_and_lists_personal_data_in_a_table() throws Exception {
        List<Path> before = uploaded();
        HttpResponse<String> wrong = send(app, multipart("/hochladen", "falsch", "urteil.txt", "text/plain",
                WITH_PERSONAL_DATA.getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, wrong.statusCode());
        assertTrue(Jsoup.parse(wrong.body()).getElementById("upload-result").text().contains("Zugangsschlüssel"));
        HttpResponse<String> refused = send(app, multipart("/hochladen", TOKEN, "urteil.txt", "text/plain",
                WITH_PERSONAL_DATA.getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, refused.statusCode());
        var rows = Jsoup.parse(refused.body()).select("#findings tbody tr");
        assertEquals(5, rows.size());
        assertEquals("Name", rows.getFirst().child(0).text());
        assertEquals("Ion Popescu", rows.getFirst().child(1).text());
        assertTrue(rows.getFirst().child(2).text().startsWith("Zeile "));
        assertEquals(before, uploaded());
    }

    @Test
    void api_accepts_the_multipart_field_file_too() throws Exception {
        String text = CLEAN.replace("8 L 4711/26", "8 L 4713/26");
        HttpRequest request = multipartRequest("/api/documents", null, "beschluss.txt", "application/octet-stream",
                text.getBytes(StandardCharsets.UTF_8)).header("Authorization", "Bearer " + TOKEN).build();
        HttpResponse<String> r = send(app, request);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(200, get("/api/doc/" + json.readTree(r.body()).get("id").asText()).statusCode());
    }

    @Test
    void a_weak_or_spaced_token_is_refused_at_start_with_what_to_do() {
        assertEquals(java.util.Optional.empty(), UploadConfig.tokenFrom(Map.of()));
        assertEquals(java.util.Optional.empty(), UploadConfig.tokenFrom(Map.of(UploadConfig.TOKEN_VARIABLE, " ")));
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class,
                () -> UploadConfig.tokenFrom(Map.of(UploadConfig.TOKEN_VARIABLE, "geheim")));
        assertTrue(weak.getMessage().contains("openssl rand"), weak.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> UploadConfig.tokenFrom(Map.of(UploadConfig.TOKEN_VARIABLE, "zwei worte sind kein token")));
        assertEquals(java.util.Optional.of(TOKEN), UploadConfig.tokenFrom(Map.of(UploadConfig.TOKEN_VARIABLE, TOKEN)));
    }

    /** The files in the corpus upload folder; temporary files never stay behind. */
    private static List<Path> uploaded() throws IOException {
        Path dir = corpus.resolve(Ingest.UPLOAD_FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(app, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return b.header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpRequest multipart(String path, String token, String fileName, String type, byte[] content) {
        return multipartRequest(path, token, fileName, type, content).build();
    }

    private static HttpRequest.Builder multipartRequest(String path, String token, String fileName, String type, byte[] content) {
        String boundary = "----tenor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (token != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(app, path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static URI uri(Javalin server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(app, HttpRequest.newBuilder(uri(app, path)).build());
    }

    private static HttpResponse<String> send(Javalin server, HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
