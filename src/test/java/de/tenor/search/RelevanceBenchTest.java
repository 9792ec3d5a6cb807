package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void judgment_file_format_is_checked_line_by_line() throws IOException {
        JudgedQueries ok = JudgedQueries.parse(new StringReader("# c\nquery: Hartz IV\n2 S 30 AS 1162/24\n0 x.html\n\nquery: Genc\n"));
        assertEquals(2, ok.queries().size());
        assertEquals(Map.of("S 30 AS 1162/24", 2), ok.queries().getFirst().grades());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedQueries.parse(new StringReader("query: a\n3 x.html\n")));
        assertTrue(e.getMessage().contains("Line 2"), e.getMessage());
    }
}
