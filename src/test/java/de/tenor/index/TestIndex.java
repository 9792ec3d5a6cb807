package de.tenor.index;

import de.tenor.extract.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;

/** Writes hand-made documents as a published generation, for search tests that must not depend on extraction. */
public final class TestIndex {

    private TestIndex() {
    }

    public static void publish(IndexLocation location, List<Document> docs) throws IOException {
        publish(location, docs, Integer.MAX_VALUE);
    }

    /** As {@link #publish(IndexLocation, List)}, with a new segment every {@code perSegment} documents and no merging. */
    public static void publish(IndexLocation location, List<Document> docs, int perSegment) throws IOException {
        Path gen = location.newGeneration();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (FSDirectory dir = FSDirectory.open(gen);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(TenorAnalyzer.create())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            int inSegment = 0;
            for (Document d : docs) {
                writer.addDocument(mapper.toLucene(d));
                if (++inSegment == perSegment) {
                    writer.commit();
                    inSegment = 0;
                }
            }
            writer.commit();
        }
        location.publish(gen);
    }
}
