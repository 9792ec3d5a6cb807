package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Issue 21: slices of about equal size, one per core, and the same hits as a search on one thread. */
class BalancedSearcherTest {

    /** Segments of 9,000, 4,000, 3,000, 2,000, 1,000 and 500 documents, as an index built in batches has. */
    private static final int[] SEGMENTS = {9_000, 4_000, 3_000, 2_000, 1_000, 500};
    private static final String[] WORDS = {"arbeitnehmer", "minijob", "freizügigkeit", "jobcenter", "verlust", "stadt"};

    @Test
    void slicesHoldEverySegmentOnceAndAboutEqualShares() throws IOException {
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(SEGMENTS.length, reader.leaves().size());
            IndexSearcher.LeafSlice[] slices = BalancedSearcher.balanced(reader.leaves(), 2);
            assertEquals(2, slices.length);
            Set<Integer> seen = new HashSet<>();
            for (IndexSearcher.LeafSlice slice : slices) {
                for (IndexSearcher.LeafReaderContextPartition p : slice.partitions) {
                    assertTrue(seen.add(p.ctx.ord), "segment in two slices: " + p.ctx.ord);
                }
            }
            assertEquals(SEGMENTS.length, seen.size());
            // 19,500 documents: 9,000 + 500 + ... against 4,000 + 3,000 + 2,000 + 1,000; Lucene's default put 19,500 in one.
            int[] sizes = Arrays.stream(slices).mapToInt(IndexSearcher.LeafSlice::getMaxDocs).sorted().toArray();
            assertTrue(sizes[1] - sizes[0] <= 500, Arrays.toString(sizes));
            IndexSearcher.LeafSlice[] lucene = IndexSearcher.slices(reader.leaves(), 250_000, 5, false);
            assertTrue(Arrays.stream(lucene).mapToInt(IndexSearcher.LeafSlice::getMaxDocs).max().orElseThrow() >= 18_000,
                    "Lucene's default slices changed: the balancing may no longer be needed");
            // Small indexes stay in one slice: a hand-off costs more than a few thousand documents.
            assertEquals(1, BalancedSearcher.balanced(reader.leaves().subList(3, 6), 2).length);
            assertEquals(1, BalancedSearcher.balanced(reader.leaves(), 1).length);
        }
    }

    @Test
    void hitsAndScoresAreThoseOfOneThread() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher single = new IndexSearcher(reader);
            IndexSearcher balanced = new BalancedSearcher(reader, pool, 2);
            assertEquals(2, balanced.getSlices().length);
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("text", "arbeitnehmer")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("text", "minijob")), BooleanClause.Occur.SHOULD).build();
            Sort byScoreThenDate = new Sort(SortField.FIELD_SCORE, new SortField("date", SortField.Type.LONG, true));
            // Every hit counted, as Tenor's searches do; Lucene's default stops counting exactly at 1,000.
            TopDocs a = single.search(query, new TopFieldCollectorManager(byScoreThenDate, 50, null, Integer.MAX_VALUE));
            TopDocs b = balanced.search(query, new TopFieldCollectorManager(byScoreThenDate, 50, null, Integer.MAX_VALUE));
            assertEquals(TotalHits.Relation.EQUAL_TO, b.totalHits.relation());
            assertEquals(a.totalHits, b.totalHits);
            assertArrayEquals(Arrays.stream(a.scoreDocs).mapToInt(sd -> sd.doc).toArray(),
                    Arrays.stream(b.scoreDocs).mapToInt(sd -> sd.doc).toArray());
            assertEquals(single.count(query), balanced.count(query));
        } finally {
            pool.shutdown();
        }
    }

    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            int n = 0;
            for (int size : SEGMENTS) {
                for (int i = 0; i < size; i++, n++) {
                    Document doc = new Document();
                    // Words repeat with the number, so scores tie often and the date decides.
                    doc.add(new TextField("text", WORDS[n % 6] + " " + WORDS[(n / 7) % 6] + " " + WORDS[(n / 11) % 6], Field.Store.NO));
                    doc.add(new NumericDocValuesField("date", n % 97));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
        }
        return dir;
    }
}
