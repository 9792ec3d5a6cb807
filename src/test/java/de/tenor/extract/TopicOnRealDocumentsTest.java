package de.tenor.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issues 15/16: {@code sample} and {@code topic} on whole documents. The demo corpus is fictional and all about
 * the practice; the 50 real bverwg.de pages of 2024 are about soldiers, planning law, airlines and the like (none
 * cites the FreizügG/EU or Union citizens), so none may carry an outcome "from the EU citizen's side".
 */
class TopicOnRealDocumentsTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    @Test
    void every_demo_document_is_sample_data_on_topic() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : files(Path.of("corpus/demo"))) {
            String name = file.getFileName().toString();
            Document d = extract(file, "corpus:demo/" + name);
            if (!d.sample() || !d.topic() || d.topicMarkers().isEmpty()) {
                wrong.add(name + " sample=" + d.sample() + " topic=" + d.topic() + " " + d.topicMarkers());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void real_bverwg_pages_are_off_topic_without_citizen_side_fields() throws IOException {
        Path dir = TestFiles.shared().resolve("corpora/bverwg-2024-pages/html");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present: skipping topic test on BVerwG pages");
        List<Path> pages = files(dir);
        assertEquals(50, pages.size());
        List<String> wrong = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            Document d = extract(page, "corpus:import/" + name);
            if (d.sample() || d.topic() || d.ruling().outcome() != null || d.ruling().city() != null || d.employment().workerStatus() != null) {
                wrong.add(name + " sample=" + d.sample() + " topic=" + d.topic() + " " + d.topicMarkers()
                        + " outcome=" + d.ruling().outcome() + " city=" + d.ruling().city());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private Document extract(Path file, String sourceUri) throws IOException {
        try {
            return extractor.extract(Files.readAllBytes(file), file.getFileName().toString(), sourceUri, TestFiles.FETCHED);
        } catch (ExtractionException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
            assertTrue(!files.isEmpty(), "no files in " + dir);
            return files;
        }
    }
}
