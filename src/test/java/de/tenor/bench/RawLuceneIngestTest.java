package de.tenor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest baseline reads the same export Tenor imports, and indexes every case's text. */
class RawLuceneIngestTest {

    @TempDir
    Path tmp;

    @Test
    void indexes_every_case_of_an_export_with_its_text() throws Exception {
        Path dump = tmp.resolve("cases.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            new OldpDumpWriter(new ScaleCorpus(3)).write(0, 40, out);
        }
        RawLuceneIngest.Result result = RawLuceneIngest.run(dump, tmp.resolve("raw"));
        assertEquals(40, result.documents());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("raw")))) {
            assertEquals(40, reader.numDocs());
            // "Arbeitnehmer" is in the generated rulings' reasons; the query term is its analysed form.
            int withWord = new IndexSearcher(reader).count(new org.apache.lucene.util.QueryBuilder(
                    new org.apache.lucene.analysis.de.GermanAnalyzer()).createBooleanQuery("text", "Arbeitnehmer"));
            assertEquals(true, withWord > 0, "no case text was indexed");
        }
    }
}
