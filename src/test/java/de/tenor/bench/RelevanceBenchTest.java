package de.tenor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.search.DemoIndex;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6: on the judged development set, Tenor's search beats the plain GermanAnalyzer baseline. */
class RelevanceBenchTest {

    static final Path JUDGMENTS = Path.of("src/test/resources/search/judgments-dev.txt");

    @TempDir
    Path tmp;

    @Test
    void tenor_beats_the_german_analyzer_baseline_on_the_dev_set() throws IOException {
        JudgedQueries judged = JudgedQueries.parse(Files.newBufferedReader(JUDGMENTS, StandardCharsets.UTF_8));
        assertTrue(judged.queries().size() >= 25, "at least 25 judged queries, got " + judged.queries().size());

        RelevanceBench.Report r = RelevanceBench.run(DemoIndex.documents(), judged, tmp);

        assertEquals(judged.queries().size(), r.queries().size());
        RelevanceBench.Means m = r.means();
        assertTrue(m.tenor().ndcg() > m.bm25And().ndcg() + 0.1,
                "nDCG@10 tenor " + m.tenor().ndcg() + " vs BM25 AND " + m.bm25And().ndcg());
        assertTrue(m.tenor().recall() > m.bm25And().recall(),
                "recall@20 tenor " + m.tenor().recall() + " vs BM25 AND " + m.bm25And().recall());
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the temporary indexes are removed");
        }
    }

    @Test
    void metrics_match_hand_computed_values() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1);
        assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "b", "x"), grades, 10), 1e-9);
        // gains 2^grade - 1: DCG = 1/log2(2) + 3/log2(4) = 2.5; ideal = 3/log2(2) + 1/log2(3) = 3.6309
        assertEquals(2.5 / 3.6309298, RankingMetrics.ndcg(List.of("b", "x", "a"), grades, 10), 1e-6);
        assertEquals(0.5, RankingMetrics.recall(List.of("x", "b"), grades, 20), 1e-9);
        assertEquals(0.0, RankingMetrics.ndcg(List.of("x"), Map.of(), 10), 1e-9);
    }

    @Test
    void advisor_set_has_sixty_queries_in_two_halves_each_with_rules() throws IOException {
        JudgedQueries set = JudgedQueries.parse(Files.newBufferedReader(
                Path.of("src/test/resources/search/judgments-advisor.txt"), StandardCharsets.UTF_8));
        assertTrue(set.needsShared());
        assertTrue(set.queries().size() >= 60, "at least 60 queries, got " + set.queries().size());
        long test = set.queries().stream().filter(q -> q.split() == JudgedQueries.Split.TEST).count();
        assertEquals(set.queries().size() / 2, test, "half of the queries are held out");
        assertTrue(set.queries().stream().allMatch(q -> !q.rules().isEmpty()), "every query is judged by rules");
    }

    @Test
    void rules_grade_documents_by_their_own_text() throws IOException {
        JudgedQueries set = JudgedQueries.parse(new StringReader("""
                query: Reinigungskraft Minijob
                split: test
                2 where: text~Reinigungskraft & text~Minijob*2
                1 where: text~Reinigungskraft & !court~Gelsenkirchen
                """));
        JudgedQueries.Query q = set.queries().getFirst();
        assertEquals(JudgedQueries.Split.TEST, q.split());
        de.tenor.extract.Document both = doc("a", "VG Düsseldorf", "Die Reinigungskraft hatte einen Minijob; der Minijob …");
        de.tenor.extract.Document once = doc("b", "VG Düsseldorf", "Die Reinigungskraft hatte einen Minijob.");
        de.tenor.extract.Document elsewhere = doc("c", "VG Gelsenkirchen", "Die Reinigungskraft.");
        assertTrue(q.rules().get(0).matches(both));
        assertTrue(!q.rules().get(0).matches(once) && q.rules().get(1).matches(once));
        assertTrue(!q.rules().get(0).matches(elsewhere) && !q.rules().get(1).matches(elsewhere));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedQueries.parse(new StringReader("query: a\n2 where: body~x\n")));
        assertTrue(e.getMessage().contains("Line 2"), e.getMessage());
    }

    private static de.tenor.extract.Document doc(String id, String court, String text) {
        de.tenor.extract.Document.Builder b = de.tenor.extract.Document.builder(id, de.tenor.extract.DocType.RULING);
        b.title(court + " " + id);
        b.text(text);
        b.court(court);
        return b.build();
    }

    @Test
    void judgment_file_format_is_checked_line_by_line() throws IOException {
        JudgedQueries ok = JudgedQueries.parse(new StringReader("# c\nquery: Hartz IV\n2 S 30 AS 1162/24\n0 x.html\n\nquery: Genc\n"));
        assertEquals(2, ok.queries().size());
        assertEquals(Map.of("S 30 AS 1162/24", 2), ok.queries().getFirst().grades());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedQueries.parse(new StringReader("query: a\n3 x.html\n")));
        assertTrue(e.getMessage().contains("Line 2"), e.getMessage());
    }
}
