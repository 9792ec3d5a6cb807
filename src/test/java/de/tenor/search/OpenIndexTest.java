package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.TestIndex;
import de.tenor.bench.SampleRulings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a generation that adds one upload to the served one is opened by sharing the served
 * reader's segments (only the new segment is read), the shared segments stay readable after the
 * old generation's reader is closed, and a full rebuild (same segment names, other ids) is
 * opened afresh without sharing anything. Issue 21: spelling corrections are kept per generation.
 */
class OpenIndexTest {


    @TempDir
    Path tmp;

    @Test
    void a_generation_adding_one_source_shares_the_served_segments_and_a_rebuild_shares_none() throws Exception {
        Path root = tmp.resolve("corpus");
        for (int i = 0; i < 3; i++) {
            write(root, "import/case-" + i + ".txt", i);
        }
        CorpusStore corpus = new CorpusStore(root);
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        QueryDeadline deadline = new QueryDeadline();
        try (Extractor extractor = new Extractor()) {
            IndexBuilder builder = new IndexBuilder(location, extractor, Clock.systemUTC());
            builder.buildIfNeeded(corpus.captures(), false, IndexProgress.NONE);
            OpenIndex first = OpenIndex.open(location.current().orElseThrow(), DocumentMapper.facetsConfig(), deadline, null);

            CorpusFile upload = write(root, "upload/case-9.txt", 9);
            Document doc = extractor.extract(upload);
            assertTrue(builder.addSource(upload, doc).isPresent(), "a new source of no known decision is added alone");
            OpenIndex second = OpenIndex.open(location.current().orElseThrow(), first, DocumentMapper.facetsConfig(), deadline, null);
            assertEquals(first.reader.numDocs() + 1, second.reader.numDocs());
            Set<Object> shared = cores(second.reader);
            shared.retainAll(cores(first.reader));
            assertEquals(cores(first.reader), shared, "every segment of the served generation is shared");
            assertEquals(first.reader.leaves().size() + 1, second.reader.leaves().size(), "one new segment read");

            first.release(); // closes the old generation's reader: the shared segments must stay open
            assertEquals(1, second.searcher.count(new TermQuery(new Term(IndexFields.ID, doc.id()))));
            assertEquals(4, second.searcher.count(new org.apache.lucene.search.MatchAllDocsQuery()));

            builder.build(corpus.captures(), IndexProgress.NONE);
            OpenIndex third = OpenIndex.open(location.current().orElseThrow(), second, DocumentMapper.facetsConfig(), deadline, null);
            Set<Object> again = cores(third.reader);
            again.retainAll(cores(second.reader));
            assertEquals(Set.of(), again, "a rebuild's segments have new ids: nothing is shared");
            assertEquals(4, third.reader.numDocs());
            second.release();
            assertEquals(1, third.searcher.count(new TermQuery(new Term(IndexFields.ID, doc.id()))));
            third.release();
        }
    }

    /** Issue 21: a query's spelling correction is worked out once per generation; the kept ones stay bounded. */
    @Test
    void a_spelling_correction_is_worked_out_once_per_generation_and_kept_within_bounds() throws Exception {
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        Document.Builder ruling = Document.builder("a", DocType.RULING);
        ruling.title("Beschluss");
        ruling.text("Die Arbeitnehmereigenschaft ist zu bejahen.");
        TestIndex.publish(location, List.of(ruling.build()));
        OpenIndex index = OpenIndex.open(location.current().orElseThrow(), DocumentMapper.facetsConfig(), new QueryDeadline(), null);
        try {
            int[] computed = {0};
            for (int i = 0; i < 3; i++) {
                assertEquals(Optional.of("Arbeitnehmereigenschaft"), index.correction("Arbeitnehmereigenschaf", () -> {
                    computed[0]++;
                    return Optional.of("Arbeitnehmereigenschaft");
                }));
            }
            assertEquals(1, computed[0]);
            for (int i = 0; i <= OpenIndex.MAX_CORRECTIONS; i++) {
                index.correction("wort" + i, Optional::empty);
            }
            index.correction("Arbeitnehmereigenschaf", () -> {
                computed[0]++;
                return Optional.of("Arbeitnehmereigenschaft");
            });
            assertEquals(2, computed[0], "a full store is emptied, not grown");
        } finally {
            index.release();
        }
    }

    private static CorpusFile write(Path root, String relativePath, int n) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, SampleRulings.ruling(100 + n, "Kennwort" + n), StandardCharsets.UTF_8);
        return new CorpusStore(root).file(relativePath);
    }

    /** The core cache keys of a reader's segments: equal keys mean one shared segment reader. */
    private static Set<Object> cores(IndexReader reader) {
        Set<Object> keys = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            keys.add(leaf.reader().getCoreCacheHelper().getKey());
        }
        return keys;
    }
}
