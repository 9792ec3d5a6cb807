package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.DevSetScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The labelled dev set (src/test/resources/extract/dev, one hand-written file per real source
 * format) must be extracted without a single wrong value; {@code tenor bench extract} prints the
 * same per-field accuracies.
 */
class DevSetTest {

    private static final Path DEV = Path.of("src/test/resources/extract/dev");

    @Test
    void every_field_of_every_dev_file_is_right() throws IOException {
        DevSetScore.Result r;
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            r = new DevSetScore().run(DEV, extractor);
        }
        String table = r.fields().stream().map(f -> f.field() + " " + f.correct() + "/" + f.checked())
                .collect(Collectors.joining(", "));
        assertTrue(r.mismatches().isEmpty(), table + "\n" + String.join("\n", r.mismatches()));
        assertEquals(15, r.files());
    }

    @Test
    void acceptance_fields_are_checked_on_every_ruling() throws IOException {
        DevSetScore.Result r;
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            r = new DevSetScore().run(DEV, extractor);
        }
        for (String field : List.of("court", "date", "docket", "decisionType", "city", "outcome")) {
            DevSetScore.FieldScore s = r.fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
            assertEquals(12, s.checked(), field);
            assertEquals(1.0, s.accuracy(), field);
        }
    }
}
