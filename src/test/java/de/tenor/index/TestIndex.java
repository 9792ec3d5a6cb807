package de.tenor.index;

import de.tenor.extract.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
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

    /** Issue 18: document id → its stored sources, read straight from the published commit. */
    public static Map<String, String> documents(IndexLocation at) throws IOException {
        Map<String, String> docs = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(at.current().orElseThrow());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        var doc = stored.document(i);
                        String id = doc.get(IndexFields.ID);
                        String sources = String.valueOf(new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.get(IndexFields.SOURCE)).get("sources"));
                        if (docs.put(id, sources) != null) {
                            throw new AssertionError("document " + id + " is in the index twice");
                        }
                    }
                }
            }
        }
        return docs;
    }

}
