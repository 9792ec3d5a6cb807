package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "tenor bench relevance" as the README shows it, on a small judged set (the full dev set: RelevanceBenchTest). */
class BenchRelevanceCommandTest {

    @TempDir
    Path tmp;

    @Test
    void prints_ndcg_and_recall_of_baseline_and_tenor_from_one_run() throws Exception {
        Path judgments = Files.writeString(tmp.resolve("small.txt"), """
                # two queries
                query: Eigenschaft
                2 8 L 2487/25
                query: 8L2487/25
                2 vg-gelsenkirchen-8-l-2487-25.html
                """);
        CliRun r = CliRun.run("bench", "relevance", "--corpus", "corpus", "--judgments", judgments.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nDCG@10") && r.out().contains("recall@20"), r.out());
        String mean = r.out().lines().filter(l -> l.matches("mean\\s+\\d.*")).findFirst().orElseThrow();
        // mean, count, nDCG or/and/tenor, recall or/and/tenor
        String[] f = mean.trim().split("\\s+");
        double and = Double.parseDouble(f[3]);
        double tenor = Double.parseDouble(f[4]);
        assertTrue(tenor > and, mean);
    }

    @Test
    void the_advisor_set_without_the_shared_folder_says_what_is_missing() {
        CliRun r = CliRun.run("bench", "relevance", "--corpus", "corpus", "--shared", tmp.resolve("no-shared").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("corpora/bverwg-2024-pages/html") && r.err().contains("--shared"), r.err());
    }

    @Test
    void missing_judgments_file_is_a_usage_error() {
        CliRun r = CliRun.run("bench", "relevance", "--judgments", tmp.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--judgments"), r.err());
    }
}
