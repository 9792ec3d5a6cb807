package de.tenor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Issue 18: an Open Legal Data JSONL export of synthetic German rulings, for timing {@code tenor
 * import} and {@code tenor index} at scale. Each line is one case in the export's shape (as in
 * {@code ../shared/corpora/oldp-dump-sample}): {@code id}, {@code slug}, {@code court} object,
 * {@code file_number}, {@code date}, {@code type}, {@code ecli} and the HTML {@code content} with
 * "Tenor" and "Gründe" headings. Texts are {@link ScaleCorpus} rulings (its news are skipped), so
 * case {@code k} is the same on every machine. Pure apart from the stream it writes.
 */
public final class OldpDumpWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above the ids of the real export's sample, so generated and real cases never share a file name. */
    private static final long FIRST_ID = 10_000_000;

    private final ScaleCorpus corpus;

    public OldpDumpWriter(ScaleCorpus corpus) {
        this.corpus = corpus;
    }

    /** Writes cases {@code from} … {@code from + count - 1} (counting rulings only), one JSON line each. */
    public void write(int from, int count, OutputStream out) throws IOException {
        int ruling = 0;
        for (int i = 0; ruling < from + count; i++) {
            Document d = corpus.document(i);
            if (d.type() != DocType.RULING) {
                continue;
            }
            if (ruling >= from) {
                out.write(JSON.writeValueAsBytes(record(ruling, d)));
                out.write('\n');
            }
            ruling++;
        }
    }

    /** The case record of ruling number {@code k}. */
    static Map<String, Object> record(int k, Document d) {
        Map<String, Object> court = new LinkedHashMap<>();
        court.put("id", 1000 + Math.abs(d.ruling().court().hashCode() % 1000));
        court.put("name", d.ruling().court());
        court.put("slug", slug(d.ruling().court()));
        court.put("jurisdiction", "Sozialgerichtsbarkeit");
        court.put("level_of_appeal", null);
        Map<String, Object> m = new LinkedHashMap<>();
        long id = FIRST_ID + k;
        m.put("id", Long.toString(id));
        m.put("slug", slug(d.ruling().court() + "-" + d.ruling().date() + "-" + d.ruling().docket()));
        m.put("court", court);
        m.put("file_number", d.ruling().docket());
        m.put("date", d.ruling().date().toString());
        m.put("created_date", "2026-11-01T00:00:00Z");
        m.put("updated_date", "2026-11-01T00:00:00Z");
        m.put("type", d.ruling().decisionType());
        m.put("ecli", d.ruling().ecli());
        m.put("content", html(d));
        return m;
    }

    private static String html(Document d) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : d.paragraphs()) {
            String text = Entities.escape(p.text());
            if (p.heading()) {
                b.append("<h2>").append(text).append("</h2>\n\n");
            } else if (p.number() != null) {
                b.append("<p><rd nr=\"").append(p.number()).append("\"></rd>").append(text).append("</p>\n");
            } else {
                b.append("<p>").append(text).append("</p>\n");
            }
        }
        return b.toString();
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** For a caller that wants the bytes of one case (an upload of a generated ruling). */
    public static byte[] caseJson(int k, Document d) throws IOException {
        return JSON.writeValueAsString(record(k, d)).getBytes(StandardCharsets.UTF_8);
    }
}
