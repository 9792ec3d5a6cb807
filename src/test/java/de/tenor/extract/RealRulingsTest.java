package de.tenor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: real decisions from ../shared/corpora that the demo corpus does not show — the refex
 * plain texts without a header (court and date must not come from a citation; they are rulings,
 * not news) and the margin numbers of every format (refex HTML "Randnummer", OLDP {@code <rd nr>}).
 */
class RealRulingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private static List<JsonNode> records(String file) throws IOException {
        Path p = TestFiles.shared().resolve("corpora/refex-benchmark/" + file);
        Assumptions.assumeTrue(Files.exists(p), "../shared not present: skipping refex test (" + p + ")");
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private Document extract(JsonNode r, String ext) throws ExtractionException {
        String name = r.path("doc_id").asText() + ext;
        return extractor.extract(r.path("text").asText().getBytes(StandardCharsets.UTF_8), name,
                "corpus:import/refex/" + name, TestFiles.FETCHED);
    }

    @Test
    void header_less_plain_texts_are_rulings_with_no_court_or_date_taken_from_a_citation() throws Exception {
        CourtNames courts = new CourtNames();
        List<String> wrong = new ArrayList<>();
        int withCourt = 0;
        for (JsonNode r : records("documents.jsonl")) {
            Document d = extract(r, ".txt");
            String id = r.path("doc_id").asText();
            if (d.type() != DocType.RULING) {
                wrong.add(id + ": filed as " + d.type() + " titled " + d.title());
            }
            String expectedCourt = courts.resolve(r.path("court").asText()).name();
            if (d.ruling().court() != null && !d.ruling().court().equals(expectedCourt)) {
                wrong.add(id + ": court " + d.ruling().court() + ", the decision is " + expectedCourt);
            }
            withCourt += d.ruling().court() == null ? 0 : 1;
            if (d.ruling().date() != null && !d.ruling().date().toString().equals(r.path("decision_date").asText())) {
                wrong.add(id + ": date " + d.ruling().date() + ", the decision is of " + r.path("decision_date").asText());
            }
            if (HeaderSections.isHeadnoteLabel(r.path("text").asText().strip().lines().findFirst().orElse(""))
                    && d.ruling().headnotes().isEmpty()) {
                wrong.add(id + ": starts with a Leitsatz/Orientierungssatz but has no headnotes");
            }
        }
        for (JsonNode r : records("html_documents.jsonl")) {
            Document d = extract(r, ".html");
            String expectedCourt = courts.resolve(r.path("court").asText()).name();
            if (d.type() != DocType.RULING || d.ruling().court() != null && !d.ruling().court().equals(expectedCourt)) {
                wrong.add(r.path("doc_id").asText() + ": " + d.type() + " of " + d.ruling().court() + " (" + expectedCourt + ")");
            }
        }
        System.out.println("refex header-less texts: " + withCourt + " with a court of their own, problems: " + wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** "Randnummer1" (juris-style HTML) and OLDP's {@code <rd nr="1"/>} become Rn. 1, 2, 3 … */
    @Test
    void margin_numbers_of_juris_html_and_oldp_rd_markers_become_rn() throws Exception {
        for (JsonNode r : records("html_documents.jsonl")) {
            if (!r.path("text").asText().contains("Randnummer")) {
                continue;
            }
            Document d = extract(r, ".html");
            List<String> numbers = d.paragraphs().stream().map(Paragraph::number).filter(n -> n != null).toList();
            assertTrue(numbers.size() >= 5 && numbers.getFirst().equals("1") && numbers.get(4).equals("5"),
                    r.path("doc_id").asText() + ": " + numbers);
        }
        Path dump = TestFiles.shared().resolve("corpora/oldp-dump-sample/cases.10.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(dump), "../shared not present");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(dump))) {
            OldpDump cases = new OldpDump(in, ExtractionLimits.DEFAULTS.maxInputBytes());
            boolean seen = false;
            for (java.util.Optional<OldpDump.Item> i = cases.next(); i.isPresent(); i = cases.next()) {
                if (!new String(i.get().json(), StandardCharsets.UTF_8).contains("<rd nr=")) {
                    continue;
                }
                seen = true;
                Document d = extractor.extract(i.get().json(), i.get().fileName(), "corpus:import/oldp/" + i.get().fileName(),
                        TestFiles.FETCHED);
                List<Paragraph> numbered = d.paragraphs().stream().filter(p -> p.number() != null).toList();
                assertTrue(numbered.size() >= 30, i.get().fileName() + ": " + numbered.size() + " numbered paragraphs");
                assertTrue(numbered.getFirst().number().equals("1")
                        && numbered.getFirst().text().startsWith("Die Parteien streiten"), numbered.getFirst().toString());
            }
            assertTrue(seen, "the OLDP sample holds the OLG München case with <rd nr> markers");
        }
    }
}
