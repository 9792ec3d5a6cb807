package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.FactsScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 dev evaluation: the employment facts against what the demo generator intended
 * (src/test/resources/demo/truth-facts.csv) and against the hand-labelled dev set in real source
 * formats (src/test/resources/extract/dev/facts.csv). Hours count within 0.5 h, pay within 2 €,
 * the verdict exactly. A drop below the floors fails with every mismatch in one message;
 * {@code tenor bench extract} prints the same numbers.
 */
class FactsDevSetTest {

    @Test
    void demo_corpus_facts_match_what_the_generator_intended() throws IOException {
        FactsScore.Result r;
        try (Extractor extractor = new Extractor()) { // the demo's dates run to the present
            r = new FactsScore().run(Path.of("src/test/resources/demo/truth-facts.csv"), Path.of("corpus/demo"), extractor);
        }
        assertEquals(66, r.files());
        assertFloors(r, Map.of("weeklyHours", 0.95, "monthlyPayEur", 0.95, "workerStatus", 0.95,
                "employedSince", 0.9, "jobType", 0.9));
    }

    @Test
    void dev_set_facts_in_real_source_formats_are_read() throws IOException {
        FactsScore.Result r = score(Path.of("src/test/resources/extract/dev/facts.csv"), Path.of("src/test/resources/extract/dev"));
        assertEquals(12, r.files());
        assertFloors(r, Map.of("weeklyHours", 0.9, "monthlyPayEur", 0.9, "workerStatus", 0.8,
                "employedSince", 0.8, "jobType", 0.8));
    }

    private static FactsScore.Result score(Path truth, Path files) throws IOException {
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            return new FactsScore().run(truth, files, extractor);
        }
    }

    private static void assertFloors(FactsScore.Result r, Map<String, Double> floors) {
        String table = r.fields().stream().map(f -> String.format(java.util.Locale.ROOT, "%s %.1f %% (%d/%d)", f.field(),
                100 * f.accuracy(), f.correct(), f.checked())).collect(Collectors.joining(", "));
        String report = table + "\n" + String.join("\n", r.mismatches());
        for (FactsScore.FieldScore f : r.fields()) {
            assertTrue(f.accuracy() >= floors.get(f.field()), f.field() + " below " + floors.get(f.field()) + ": " + report);
        }
    }
}
