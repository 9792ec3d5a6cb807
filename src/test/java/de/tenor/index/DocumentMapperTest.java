package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.extract.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stored form keeps the text once and still gives back exactly the Document that was indexed. */
class DocumentMapperTest {

    private final DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDemoDocumentRoundTripsThroughTheStoredForm() throws Exception {
        List<Document> docs = extracted(demoFiles());
        assertTrue(docs.size() > 50, "demo corpus expected in corpus/demo");
        long storedChars = 0;
        long textChars = 0;
        for (Document d : docs) {
            String source = json.writeValueAsString(DocumentMapper.storedSource(d));
            assertEquals(d, mapper.fromStored(source, d.text()), d.id());
            storedChars += source.length();
            textChars += d.text().length();
        }
        // Without the text copies the JSON is metadata plus paragraph offsets: well under the text itself.
        assertTrue(storedChars < textChars / 2, "stored JSON " + storedChars + " chars vs text " + textChars);
    }

    /**
     * Issue 21: a result row's document is the stored one without its paragraphs, on the demo corpus
     * and, when ../shared is beside the repo, the 50 real bverwg.de decisions (whose paragraphs are many).
     */
    @Test
    void aRowIsTheStoredDocumentWithoutItsParagraphs() throws Exception {
        List<Path> files = new ArrayList<>(demoFiles());
        files.addAll(RealDecisions.bverwgPages("DocumentMapperTest", "rows checked on the demo corpus only"));
        int withParagraphs = 0;
        for (Document d : extracted(files)) {
            String source = json.writeValueAsString(DocumentMapper.storedSource(d));
            withParagraphs += d.paragraphs().isEmpty() ? 0 : 1;
            assertEquals(d.toBuilder().paragraphs(List.of()).build(), mapper.rowFromStored(source, d.text()), d.id());
        }
        assertTrue(withParagraphs > 10, "documents with paragraphs: " + withParagraphs);
    }

    private static List<Path> demoFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus/demo"))) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    private static List<Document> extracted(List<Path> files) throws Exception {
        List<Document> docs = new ArrayList<>();
        try (Extractor extractor = new Extractor()) {
            for (Path file : files) {
                docs.add(extractor.extract(Files.readAllBytes(file), file.getFileName().toString(),
                        "corpus:" + file.getFileName(), Instant.parse("2026-01-15T12:00:00Z")));
            }
        }
        return docs;
    }

    @Test
    void aParagraphThatIsNotPartOfTheTextIsStoredInFull() throws Exception {
        Document.Builder b = Document.builder("x", DocType.RULING);
        b.title("Beschluss");
        b.text("Tenor\n\nErster Absatz.\n\nZweiter Absatz.");
        b.paragraphs(List.of(new Paragraph("1", "Zweiter Absatz.", false), new Paragraph(null, "Nicht im Text.", false),
                new Paragraph("2", "Erster Absatz.", false), new Paragraph(null, "", true)));
        Document d = b.build();
        String source = json.writeValueAsString(DocumentMapper.storedSource(d));
        assertTrue(source.contains("Nicht im Text."), source);
        assertFalse(source.contains("Erster Absatz"), source);
        assertEquals(d, mapper.fromStored(source, d.text()));
    }
}
