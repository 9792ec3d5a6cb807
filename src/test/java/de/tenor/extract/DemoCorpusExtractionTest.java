package de.tenor.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extracts every file of the demo corpus ({@code corpus/demo}) and compares the result with the
 * generator's intended ground truth ({@code src/test/resources/demo/truth.csv}). All mismatches
 * are reported in one message, so one run shows the whole picture.
 */
class DemoCorpusExtractionTest {

    private static final Logger log = LoggerFactory.getLogger(DemoCorpusExtractionTest.class);
    private static final List<String> RULING_FIELDS =
            List.of("court", "courtBranch", "decisionType", "date", "docket", "ecli", "procedure", "city", "outcome");
    private static final List<String> NEWS_FIELDS = List.of("outlet", "published");

    /** The demo corpus has decisions up to the generator's "today"; use the real clock, as the app does. */
    private final Extractor extractor = new Extractor(Clock.systemDefaultZone());

    @Test
    void demo_corpus_agrees_with_ground_truth() throws IOException {
        Path corpus = Path.of(System.getProperty("tenor.demo.corpus", "corpus/demo"));
        Path truth = Path.of(System.getProperty("tenor.demo.truth", "src/test/resources/demo/truth.csv"));
        Assumptions.assumeTrue(Files.isDirectory(corpus) && Files.exists(truth),
                "demo corpus or truth.csv not generated yet: skipping");
        List<Map<String, String>> rows = readCsv(truth);
        List<String> mismatches = new ArrayList<>();
        int agreeing = 0;
        for (Map<String, String> row : rows) {
            String file = row.get("file");
            List<String> problems = compare(corpus.resolve(file), file, row);
            mismatches.addAll(problems);
            agreeing += problems.isEmpty() ? 1 : 0;
        }
        log.info("Demo corpus: {}/{} files agree with truth.csv, {} mismatches", agreeing, rows.size(), mismatches.size());
        assertTrue(mismatches.isEmpty(), agreeing + "/" + rows.size() + " files agree; " + mismatches.size()
                + " mismatches:\n" + String.join("\n", mismatches));
    }

    private List<String> compare(Path path, String file, Map<String, String> expected) throws IOException {
        List<String> problems = new ArrayList<>();
        Document d;
        try {
            d = extractor.extract(Files.readAllBytes(path), file, "corpus:demo/" + file, TestFiles.FETCHED);
        } catch (ExtractionException e) {
            return List.of(file + ": " + e.getMessage());
        }
        Map<String, String> actual = actual(d);
        if (!d.sample() || !d.topic()) {
            // Issue 16: the demo corpus is sample data, and all of it is about the practice.
            problems.add(file + ": sample " + d.sample() + ", topic " + d.topic() + " " + d.topicMarkers());
        }
        check(problems, file, "type", expected.get("type"), actual.get("type"));
        for (String field : "news".equals(expected.get("type")) ? NEWS_FIELDS : RULING_FIELDS) {
            check(problems, file, field, expected.get(field), actual.get(field));
        }
        return problems;
    }

    /** The document in truth.csv's spelling: enum values as in the API, dates ISO, unknown as "". */
    private static Map<String, String> actual(Document d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", d.type().json());
        m.put("court", d.ruling().court());
        m.put("courtBranch", d.ruling().courtBranch() == null ? null : d.ruling().courtBranch().json());
        m.put("decisionType", d.ruling().decisionType());
        m.put("date", d.ruling().date() == null ? null : d.ruling().date().toString());
        m.put("docket", d.ruling().docket());
        m.put("ecli", d.ruling().ecli());
        m.put("procedure", d.ruling().procedure() == null ? null : d.ruling().procedure().json());
        m.put("city", d.ruling().city());
        m.put("outcome", d.ruling().outcome() == null ? null : d.ruling().outcome().json());
        m.put("outlet", d.news().outlet());
        m.put("published", d.news().published() == null ? null : d.news().published().toString());
        m.replaceAll((k, v) -> v == null ? "" : v);
        return m;
    }

    private static void check(List<String> problems, String file, String field, String expected, String actual) {
        if (!Objects.equals(expected == null ? "" : expected, actual)) {
            problems.add(file + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
        }
    }

    /** RFC 4180 lines: fields in double quotes may contain commas and doubled quotes. */
    static List<Map<String, String>> readCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.getFirst());
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
