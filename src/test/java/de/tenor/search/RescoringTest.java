package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.ScaleCorpus;
import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.TestIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a search by relevance scores the proximity phrase for the best 200 hits only
 * ({@link Rescoring}). Over a generated index of 1,500 documents, its first pages must be
 * exactly the full query's own order (score, then newest), for word queries of one to four words
 * (many with far more than 200 hits) with and without a facet filter.
 */
class RescoringTest {

    @TempDir
    static Path dir;
    static IndexLocation location;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        ScaleCorpus corpus = new ScaleCorpus(11);
        List<Document> docs = IntStream.range(0, 1_500).mapToObj(corpus::document).toList();
        location = new IndexLocation(dir.resolve("index"));
        TestIndex.publish(location, docs, 300);
        searcher = new Searcher(location);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void first_pages_are_the_full_querys_order_for_a_mix_of_word_queries() throws IOException {
        ScaleCorpus corpus = new ScaleCorpus(11);
        SplittableRandom rnd = new SplittableRandom(5);
        QueryFactory queries = QueryFactory.standard();
        int broad = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(location.current().orElseThrow()))) {
            IndexSearcher plain = new IndexSearcher(reader);
            Sort relevance = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
            for (int k = 0; k < 60; k++) {
                String q = String.join(" ", corpus.queryWords(rnd, 1 + rnd.nextInt(4)));
                Map<Facet, List<String>> filter = k % 3 == 0 ? Map.of(Facet.TYPE, List.of("ruling")) : Map.of();
                for (int page = 1; page <= 2; page++) {
                    SearchResult result = searcher.search(new SearchRequest(q, filter, null, null, null, page, 10));
                    Query full = queries.userQuery(q);
                    if (!filter.isEmpty()) {
                        DrillDownQuery drill = new DrillDownQuery(DocumentMapper.facetsConfig(), full);
                        drill.add(IndexFields.TYPE, "ruling");
                        full = drill;
                    }
                    ScoreDoc[] expected = plain.search(full, page * 10, relevance, true).scoreDocs;
                    assertEquals(plain.count(full), result.total(), q);
                    List<String> want = new ArrayList<>();
                    StoredFields stored = plain.storedFields();
                    for (int i = (page - 1) * 10; i < expected.length; i++) {
                        want.add(stored.document(expected[i].doc).get(IndexFields.ID));
                    }
                    assertEquals(want, result.hits().stream().map(h -> h.document().id()).toList(), q + " page " + page);
                }
                if (searcher.search(SearchRequest.of(q)).total() > Rescoring.WINDOW) {
                    broad++;
                }
            }
        }
        assertTrue(broad >= 10, "the mix has queries with more hits than the rescoring window: " + broad);
    }

    @Test
    void only_the_proximity_phrase_moves_to_the_window_and_pure_disjunctions_stay_whole() {
        QueryFactory queries = QueryFactory.standard();
        Rescoring words = Rescoring.of(queries.userQuery("Arbeitnehmer Minijob Kündigung"));
        assertTrue(words.matching().toString().contains("100.0"), "the complete-match bonus stays: " + words.matching());
        assertTrue(words.matching().toString().contains("title:"), "word clauses on the title stay: " + words.matching());
        assertInstanceOf(PhraseQuery.class, words.ranking(), "the proximity phrase moves to the window");

        BooleanQuery anyOf = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "a")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("text", "b")), BooleanClause.Occur.SHOULD).build();
        assertNull(Rescoring.of(anyOf).ranking(), "without a required clause the optional ones decide what matches");
        assertEquals(anyOf, Rescoring.of(anyOf).matching());
    }
}
