package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.extract.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stored form keeps the text once and still gives back exactly the Document that was indexed. */
class DocumentMapperTest {

    private final DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDemoDocumentRoundTripsThroughTheStoredForm() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("corpus/demo"))) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertTrue(files.size() > 50, "demo corpus expected in corpus/demo");
        long storedChars = 0;
        long textChars = 0;
        try (Extractor extractor = new Extractor()) {
            for (Path file : files) {
                Document d = extractor.extract(Files.readAllBytes(file), file.getFileName().toString(),
                        "corpus:" + file.getFileName(), Instant.parse("2026-01-15T12:00:00Z"));
                String source = json.writeValueAsString(DocumentMapper.storedSource(d));
                assertEquals(d, mapper.fromStored(source, d.text()), file.toString());
                storedChars += source.length();
                textChars += d.text().length();
            }
        }
        // Without the text copies the JSON is metadata plus paragraph offsets: well under the text itself.
        assertTrue(storedChars < textChars / 2, "stored JSON " + storedChars + " chars vs text " + textChars);
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
