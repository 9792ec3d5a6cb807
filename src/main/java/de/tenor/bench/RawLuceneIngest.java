package de.tenor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;

/**
 * Issue 21's ingest baseline: what a minimal Lucene application does with the same Open Legal Data
 * export — each case's JSON read, its HTML turned into text (jsoup), the text indexed with Lucene's
 * own German analyzer next to its ECLI and court, one commit. No extraction, no corpus, no
 * fsync per file: the floor Tenor's end-to-end ingest is measured against.
 */
public final class RawLuceneIngest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the baseline did: documents indexed, and how long it took from the dump to the commit. */
    public record Result(int documents, long millis) {

        public double perSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }
    }

    private RawLuceneIngest() {
    }

    /** Indexes the gzipped JSONL export {@code dump} into a new index in {@code dir}. */
    public static Result run(Path dump, Path dir) throws IOException {
        long start = System.nanoTime();
        int documents = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8));
             FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new GermanAnalyzer()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = JSON.readTree(line);
                Document doc = new Document();
                doc.add(new StringField("id", c.path("id").asText(), Field.Store.YES));
                doc.add(new StringField("ecli", c.path("ecli").asText(), Field.Store.YES));
                doc.add(new StringField("court", c.path("court").path("name").asText(), Field.Store.YES));
                doc.add(new TextField("text", Jsoup.parse(c.path("content").asText()).text(), Field.Store.YES));
                writer.addDocument(doc);
                documents++;
            }
            writer.commit();
        }
        return new Result(documents, (System.nanoTime() - start) / 1_000_000);
    }
}
