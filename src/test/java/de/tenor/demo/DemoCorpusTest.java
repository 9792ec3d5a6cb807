package de.tenor.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the committed demo corpus (corpus/demo) against its truth file and against a fresh generator run. */
class DemoCorpusTest {

    private static final Path CORPUS = Path.of("corpus/demo");
    private static final Path TRUTH = Path.of("src/test/resources/demo/truth.csv");

    private static List<Map<String, String>> truth;

    @BeforeAll
    static void readTruth() throws IOException {
        truth = readCsv(TRUTH);
    }

    @Test
    void truth_lists_enough_rulings_and_news() {
        assertTrue(rulings().size() >= 60, "rulings in truth.csv: " + rulings().size());
        assertTrue(news().size() >= 15, "news in truth.csv: " + news().size());
    }

    @Test
    void every_file_in_truth_exists() {
        for (Map<String, String> row : truth) {
            assertTrue(Files.isRegularFile(CORPUS.resolve(row.get("file"))), "missing " + row.get("file"));
        }
    }

    @Test
    void corpus_has_pdf_and_docx_rulings() throws IOException {
        assertTrue(filesEndingWith(".pdf").size() >= 4, "PDF files: " + filesEndingWith(".pdf"));
        assertTrue(filesEndingWith(".docx").size() >= 4, "DOCX files: " + filesEndingWith(".docx"));
    }

    @Test
    void every_html_file_carries_the_sample_notice() throws IOException {
        for (Path f : filesEndingWith(".html")) {
            String html = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(html.contains("Beispieldaten – keine echten Entscheidungen"), "no notice in " + f);
        }
    }

    @Test
    void truth_covers_all_outcomes_procedures_and_years_2015_to_2026() {
        assertEquals(Set.of("won", "partial", "lost", "other", "unknown"), column(rulings(), "outcome"));
        assertEquals(Set.of("urgent", "main"), column(rulings(), "procedure"));
        Set<Integer> years = rulings().stream().map(r -> LocalDate.parse(r.get("date")).getYear())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(years.contains(2015) && years.contains(2026), "years: " + years);
        assertTrue(years.stream().allMatch(y -> y >= 2015 && y <= 2026), "years: " + years);
        assertTrue(rulings().stream().noneMatch(r -> LocalDate.parse(r.get("date")).isAfter(LocalDate.of(2026, 11, 30))));
    }

    @Test
    void ecli_matches_court_date_and_docket() {
        Map<String, Court> courts = new HashMap<>();
        for (Court c : Court.values()) {
            courts.put(c.shortName, c);
        }
        for (Map<String, String> r : rulings()) {
            if (r.get("ecli").isEmpty()) {
                continue;
            }
            Court court = courts.get(r.get("court"));
            assertEquals(Dockets.ecli(court, LocalDate.parse(r.get("date")), r.get("docket")), r.get("ecli"), r.get("file"));
        }
    }

    @Test
    void gelsenkirchen_and_duisburg_have_won_and_lost_rulings_on_verlustfeststellung_and_minijob() throws IOException {
        for (String city : List.of("Gelsenkirchen", "Duisburg")) {
            for (String outcome : List.of("won", "lost")) {
                long n = 0;
                for (Map<String, String> r : rulings()) {
                    if (r.get("city").equals(city) && r.get("outcome").equals(outcome) && r.get("file").endsWith(".html")) {
                        String html = Files.readString(CORPUS.resolve(r.get("file")), StandardCharsets.UTF_8);
                        if (html.contains("Verlustfeststellung") && html.contains("Minijob")) {
                            n++;
                        }
                    }
                }
                assertTrue(n >= 1, city + " has no " + outcome + " ruling mentioning Verlustfeststellung and Minijob");
            }
        }
    }

    @Test
    void generator_reproduces_the_committed_corpus_byte_for_byte(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("demo");
        Path truthCsv = tmp.resolve("truth.csv");
        new DemoCorpusGenerator(DemoCorpusGenerator.SEED).generate(out, truthCsv);

        assertEquals(fileNames(CORPUS), fileNames(out), "file set differs; regenerate corpus/demo (see its README)");
        for (String name : fileNames(out)) {
            assertArrayEquals(Files.readAllBytes(CORPUS.resolve(name)), Files.readAllBytes(out.resolve(name)),
                    name + " differs from the generator output; regenerate corpus/demo (see its README)");
        }
        assertArrayEquals(Files.readAllBytes(TRUTH), Files.readAllBytes(truthCsv), "truth.csv is stale");
        assertArrayEquals(Files.readAllBytes(TRUTH.resolveSibling("truth-facts.csv")),
                Files.readAllBytes(tmp.resolve("truth-facts.csv")), "truth-facts.csv is stale");
    }

    // ------------------------------------------------------------------ helpers

    private static List<Map<String, String>> rulings() {
        return truth.stream().filter(r -> r.get("type").equals("ruling")).toList();
    }

    private static List<Map<String, String>> news() {
        return truth.stream().filter(r -> r.get("type").equals("news")).toList();
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    private static List<Path> filesEndingWith(String ext) throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        }
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** RFC 4180-style reading: a header line, fields quoted when they contain commas or quotes. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = split(line);
            assertEquals(header.size(), cells.size(), "wrong cell count in: " + line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
