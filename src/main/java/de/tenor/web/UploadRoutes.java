package de.tenor.web;

import de.tenor.ingest.Ingest;
import de.tenor.ingest.RedactionCheck;
import de.tenor.ingest.UploadToken;
import de.tenor.ingest.UploadType;
import de.tenor.search.KnownDecisions;
import de.tenor.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Safe upload of decisions an NGO holds: {@code POST /api/documents} (token in the Authorization
 * header; JSON answers) and the form at {@code /hochladen} (token in a form field; HTML answers).
 * Checks, in this order: token (401), size (413), type (415), readable (422), personal data (422,
 * each place listed); only then the file is stored and the index updated (201). The checks after
 * the type and the storing are {@link Ingest#upload}'s. A refused upload stores nothing. Registered
 * only when an upload token is configured.
 */
final class UploadRoutes {

    /** Room for the multipart framing and the token field around the file itself. */
    static final long MULTIPART_SLACK_BYTES = 64 * 1024;

    private final UploadConfig config;
    private final WebApp web;
    private final Searcher searcher;
    private final UploadToken uploadToken;

    UploadRoutes(UploadConfig config, WebApp web, Searcher searcher) {
        this.config = config;
        this.web = web;
        this.searcher = searcher;
        this.uploadToken = new UploadToken(config.token());
    }

    /** The result of one attempt, rendered as JSON or as the form page. */
    record Outcome(int status, String message, String hint, List<RedactionCheck.Finding> findings, String id, String title) {
        static Outcome error(int status, String message, String hint) {
            return new Outcome(status, message, hint, List.of(), null, null);
        }
    }

    void apiUpload(Context ctx) throws IOException {
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        Outcome outcome;
        if (!uploadToken.admits(token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tenor-upload\"");
            outcome = Outcome.error(401, "Hochladen nur mit gültigem Zugangsschlüssel.",
                    "Senden Sie Authorization: Bearer <Token> (Umgebungsvariable " + UploadConfig.TOKEN_VARIABLE + " des Servers).");
        } else if (tooLarge(ctx)) {
            outcome = tooLargeOutcome();
        } else if (ctx.isMultipartFormData()) {
            outcome = fromMultipart(ctx);
        } else {
            byte[] bytes = readLimited(ctx.req().getInputStream(), config.maxBodyBytes());
            outcome = bytes == null ? tooLargeOutcome() : accept(bytes, ctx.contentType(), ctx.queryParam("name"));
        }
        ctx.status(outcome.status());
        if (outcome.id() != null) {
            ctx.header("Location", "/doc/" + outcome.id());
        }
        web.json(ctx, json(outcome));
    }

    void formPage(Context ctx) {
        web.html(ctx, "upload.jte", new UploadPage(0, null, List.of(), null, maxSize()));
    }

    void formUpload(Context ctx) throws IOException {
        Outcome outcome;
        if (tooLarge(ctx)) {
            outcome = tooLargeOutcome();
        } else if (!ctx.isMultipartFormData()) {
            outcome = Outcome.error(415, "Das Formular muss als multipart/form-data gesendet werden.", null);
        } else if (!uploadToken.admits(ctx.formParam("token"))) {
            outcome = Outcome.error(401, "Der Zugangsschlüssel stimmt nicht. Es wurde nichts gespeichert.", null);
        } else {
            outcome = fromMultipart(ctx);
        }
        ctx.status(outcome.status());
        List<UploadPage.Place> places = outcome.findings().stream().map(f -> new UploadPage.Place(f.kind().label(), f.text(),
                f.line() == 0 ? "Titel" : "Zeile " + f.line() + ", Zeichen " + (f.offset() + 1), f.context())).toList();
        web.html(ctx, "upload.jte", new UploadPage(outcome.status(), outcome.message(), places,
                outcome.id() == null ? null : "/doc/" + outcome.id(), maxSize()));
    }

    private Outcome fromMultipart(Context ctx) throws IOException {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            // Jetty refuses a multipart body past the configured limits (e.g. chunked, without Content-Length).
            return tooLargeOutcome();
        }
        if (file == null) {
            return Outcome.error(400, "Es wurde keine Datei gesendet.", "Die Datei gehört in das Formularfeld \"file\".");
        }
        if (file.size() > config.maxBodyBytes()) {
            return tooLargeOutcome();
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = readLimited(in, config.maxBodyBytes());
        }
        return bytes == null ? tooLargeOutcome() : accept(bytes, file.contentType(), file.filename());
    }

    /** The type check here; readability, known decision, redaction, storing and indexing in {@link Ingest#upload}. */
    private Outcome accept(byte[] bytes, String contentType, String fileName) throws IOException {
        var ext = UploadType.of(contentType, fileName, bytes);
        if (ext.isEmpty()) {
            return Outcome.error(415, "Dieser Dateityp wird nicht angenommen (" + (contentType == null ? "ohne Typ" : contentType)
                    + "). Erlaubt: " + UploadType.ACCEPTED + ".", "Der Inhalt muss zum angegebenen Typ passen.");
        }
        Ingest.Upload result = config.ingest().upload(bytes, ext.get(), doc -> KnownDecisions.find(searcher, doc));
        return switch (result) {
            case Ingest.Upload.AlreadyStored a -> new Outcome(200, "Diese Datei ist schon im Korpus.", null, List.of(), a.id(), null);
            case Ingest.Upload.Unreadable u -> Outcome.error(422, "Die Datei ließ sich nicht lesen: " + u.reason()
                    + ". Es wurde nichts gespeichert.", null);
            // Issue 16: one document per decision; another copy of it (another format, another portal) adds nothing.
            case Ingest.Upload.KnownDecision k -> new Outcome(200, "Diese Entscheidung ist schon im Korpus: " + k.title(), null,
                    List.of(), k.id(), k.title());
            case Ingest.Upload.PersonalData p -> new Outcome(422, "Die Datei enthält personenbezogene Daten ("
                    + p.findings().size() + " Stellen). Es wurde nichts gespeichert.",
                    "Bitte schwärzen oder anonymisieren (z. B. Initialen statt Namen) und erneut hochladen.",
                    SourceLines.inFile(p.findings(), bytes, ext.get()), null, null);
            case Ingest.Upload.Busy b -> Outcome.error(503, "Der Index wird gerade neu aufgebaut. Bitte in einer Minute erneut "
                    + "versuchen; es wurde nichts gespeichert.", null);
            case Ingest.Upload.Stored st -> new Outcome(201, "Gespeichert und durchsuchbar: " + st.title(), null, List.of(),
                    st.id(), st.title());
        };
    }

    private Map<String, Object> json(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o.status() >= 400) {
            m.put("error", o.message());
            if (o.hint() != null) {
                m.put("hint", o.hint());
            }
            if (!o.findings().isEmpty()) {
                List<Map<String, Object>> places = new ArrayList<>();
                for (RedactionCheck.Finding f : o.findings()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("kind", f.kind().json());
                    p.put("label", f.kind().label());
                    p.put("text", f.text());
                    p.put("where", f.line() == 0 ? "title" : "text");
                    p.put("line", f.line());
                    p.put("offset", f.offset());
                    p.put("context", f.context());
                    places.add(p);
                }
                m.put("findings", places);
            }
        } else {
            m.put("id", o.id());
            m.put("url", "/doc/" + o.id());
            m.put("status", o.status() == 201 ? "stored" : "alreadyPresent");
            if (o.title() != null) {
                m.put("title", o.title());
            }
        }
        return m;
    }

    private boolean tooLarge(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        long slack = ctx.isMultipartFormData() ? MULTIPART_SLACK_BYTES : 0;
        return length > config.maxBodyBytes() + slack;
    }

    private Outcome tooLargeOutcome() {
        return Outcome.error(413, "Die Datei ist zu groß (höchstens " + maxSize() + "). Es wurde nichts gespeichert.", null);
    }

    private String maxSize() {
        long bytes = config.maxBodyBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return String.format(Locale.GERMANY, "%,d Bytes", bytes);
    }

    /** The bytes, or null when there are more than {@code max}. */
    static byte[] readLimited(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
