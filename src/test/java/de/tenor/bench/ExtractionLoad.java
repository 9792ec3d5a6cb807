package de.tenor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.extract.Paragraph;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A profiling driver, not a test: renders the first N rulings of {@link ScaleCorpus} as Open Legal
 * Data JSON (the format of issue 21's measurement) and extracts them in a loop, so that
 * {@code java -XX:StartFlightRecording=...} sees nothing but extraction. Usage: {@code ExtractionLoad [N] [rounds]}.
 */
public final class ExtractionLoad {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ScaleCorpus corpus = new ScaleCorpus(42);
        ObjectMapper json = new ObjectMapper();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; files.size() < n; i++) {
            Document d = corpus.document(i);
            if (d.type() != DocType.RULING) {
                continue;
            }
            StringBuilder html = new StringBuilder("<h2>Tenor</h2>\n<p>").append(d.ruling().tenor()).append("</p>\n<h2>Gründe</h2>\n");
            for (Paragraph p : d.paragraphs()) {
                html.append("<p>").append(p.number() == null ? "" : p.number() + " ").append(p.text()).append("</p>\n");
            }
            ObjectNode c = json.createObjectNode();
            c.putObject("court").put("name", d.ruling().court());
            c.put("file_number", d.ruling().docket());
            c.put("date", d.ruling().date() == null ? null : d.ruling().date().toString());
            c.put("type", d.ruling().decisionType());
            c.put("ecli", d.ruling().ecli());
            c.put("content", html.toString());
            files.add(json.writeValueAsBytes(c));
        }
        try (Extractor extractor = new Extractor()) {
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long chars = 0;
                for (int i = 0; i < files.size(); i++) {
                    Document d = extractor.extract(files.get(i), "case-" + i + ".json", "https://de.openlegaldata.io/case/" + i,
                            Instant.parse("2026-11-01T00:00:00Z"));
                    chars += d.text().length();
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: %d files in %.2f s = %.0f files/s (%d chars)%n", r, files.size(), s, files.size() / s, chars);
            }
        }
        System.out.println(new String(files.get(0), StandardCharsets.UTF_8).substring(0, 600));
    }
}
