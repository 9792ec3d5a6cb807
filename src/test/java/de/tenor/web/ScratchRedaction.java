package de.tenor.web;
import de.tenor.extract.Extractor;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
class ScratchRedaction {
    @Test
    void scratch() throws Exception {
        try (Extractor ex = new Extractor(); var s = Files.list(Path.of("../shared/corpora/bverwg-2024-pages/html"))) {
            for (Path p : s.sorted().toList()) {
                var d = ex.extract(Files.readAllBytes(p), p.getFileName().toString(), "corpus:upload/x.html", java.time.Instant.now());
                var f = RedactionCheck.check(d.text());
                if (!f.isEmpty()) System.out.println(p.getFileName() + " " + f);
            }
        }
    }
}
