package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.ScaleCorpus;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.RealDecisions;
import de.tenor.index.TenorAnalyzer;
import de.tenor.index.TestIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a quoted phrase of the text is found through the text's word pairs
 * ({@link PairPhraseQuery}) with exactly the hits, totals and scores of the phrase of words, on
 * generated rulings and, when ../shared is beside the repo, the 50 real bverwg.de decisions; segments
 * without pairs fall back to the words; snippets mark the phrase, not its words elsewhere.
 */
class PairPhraseQueryTest {

    @TempDir
    static Path dir;
    static List<Document> docs;
    static Path generation;

    @BeforeAll
    static void index() throws Exception {
        ScaleCorpus corpus = new ScaleCorpus(23);
        docs = new ArrayList<>(IntStream.range(0, 400).mapToObj(corpus::document).toList());
        docs.addAll(realDecisions());
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        TestIndex.publish(location, docs, 90);
        generation = location.current().orElseThrow();
    }

    private static List<Document> realDecisions() throws Exception {
        List<Path> pages = RealDecisions.bverwgPages("PairPhraseQueryTest", "phrases checked on generated rulings only");
        List<Document> out = new ArrayList<>();
        try (Extractor extractor = new Extractor()) {
            for (Path page : pages) {
                out.add(extractor.extract(Files.readAllBytes(page), page.getFileName().toString(),
                        "corpus:" + page.getFileName(), Instant.parse("2026-01-15T12:00:00Z")));
            }
        }
        return out;
    }

    @Test
    void phrases_through_word_pairs_find_and_score_exactly_as_the_phrases_of_words() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int compared = assertSameAsWordPhrases(searcher, phrasesOfTheTexts(300));
            assertTrue(compared > 250, "phrases with hits: " + compared);
        }
    }

    @Test
    void segments_without_word_pairs_read_the_words_instead() throws IOException {
        Path mixed = dir.resolve("mixed");
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (FSDirectory d = FSDirectory.open(mixed);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(TenorAnalyzer.create()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < docs.size(); i++) {
                org.apache.lucene.document.Document doc = mapper.toLucene(docs.get(i));
                if (i < 150) {
                    doc.removeField(IndexFields.TEXT_PAIRS); // as written before the field existed
                }
                writer.addDocument(doc);
                if (i == 149) {
                    writer.commit();
                }
            }
            writer.commit();
        }
        List<PhraseQuery> phrases = phrasesOfTheTexts(120);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(mixed))) {
            assertTrue(reader.leaves().size() >= 2);
            assertTrue(assertSameAsWordPhrases(new IndexSearcher(reader), phrases) > 100);
        }
        // One segment of documents with and without pairs (a merge of both): read by words throughout.
        try (FSDirectory d = FSDirectory.open(mixed);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(TenorAnalyzer.create()))) {
            writer.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(mixed))) {
            assertEquals(1, reader.leaves().size());
            assertTrue(assertSameAsWordPhrases(new IndexSearcher(reader), phrases) > 100);
        }
    }

    /** Fails if the pairs were never read: pairs that disagree with the text change what is found. */
    @Test
    void where_a_segment_has_pairs_they_decide_the_match() throws IOException {
        Path wrong = dir.resolve("wrong-pairs");
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (FSDirectory d = FSDirectory.open(wrong);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(TenorAnalyzer.create()))) {
            for (String[] texts : new String[][] {{"Die Klage ist nicht begründet.", "Die Klage ist begründet."},
                                                   {"Der Antrag hat Erfolg.", "Der Antrag hat Erfolg."}}) {
                org.apache.lucene.document.Document doc = mapper.toLucene(text("x" + texts[0].length(), texts[0]));
                doc.removeField(IndexFields.TEXT_PAIRS);
                doc.add(new Field(IndexFields.TEXT_PAIRS, texts[1], pairsType(mapper)));
                writer.addDocument(doc);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(wrong))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query typed = QueryFactory.standard().userQuery("text:\"ist nicht\"");
            assertInstanceOf(PairPhraseQuery.class, typed);
            assertEquals(1, searcher.count(PairPhraseQuery.asWordPhrases(typed)));
            assertEquals(0, searcher.count(typed), "the pairs say the first text lacks the phrase");
        }
    }

    @Test
    void a_phrase_is_marked_where_it_stands_not_where_its_words_stand_alone() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("marked"));
        TestIndex.publish(location, List.of(text("a", "Die Klage ist zulässig. Im Übrigen wird ausgeführt, dass die "
                + "Beschäftigung geringfügig war. Die Berufung ist nicht begründet, weil die Tätigkeit untergeordnet blieb.")));
        try (Searcher searcher = new Searcher(location)) {
            SearchResult result = searcher.search(SearchRequest.of("\"ist nicht\""));
            assertEquals(1, result.total());
            String snippet = result.hits().getFirst().snippetHtml();
            assertTrue(snippet.contains("<mark>ist</mark> <mark>nicht</mark>"), snippet);
            assertFalse(snippet.contains("Klage <mark>ist</mark>"), snippet);
        }
    }

    @Test
    void only_exact_phrases_of_consecutive_words_of_the_text_use_the_pairs() {
        assertInstanceOf(PairPhraseQuery.class, PairPhraseQuery.of(new PhraseQuery(IndexFields.TEXT, "ist", "nicht")));
        assertInstanceOf(PhraseQuery.class, PairPhraseQuery.of(new PhraseQuery(2, IndexFields.TEXT, "ist", "nicht")));
        assertInstanceOf(PhraseQuery.class, PairPhraseQuery.of(new PhraseQuery(IndexFields.TITLE, "ist", "nicht")));
        PhraseQuery gap = new PhraseQuery.Builder().add(new org.apache.lucene.index.Term(IndexFields.TEXT, "ist"), 0)
                .add(new org.apache.lucene.index.Term(IndexFields.TEXT, "nicht"), 2).build();
        assertInstanceOf(PhraseQuery.class, PairPhraseQuery.of(gap));
        Query typed = QueryFactory.standard().userQuery("\"ist nicht\"");
        Query back = PairPhraseQuery.asWordPhrases(typed);
        assertNotEquals(typed, back);
        assertFalse(back.toString().isEmpty());
        assertEquals(typed.toString(), back.toString(), "a pair phrase prints as its phrase");
        BooleanQuery bool = (BooleanQuery) back;
        assertTrue(bool.clauses().stream().map(BooleanClause::query)
                .map(q -> q instanceof BoostQuery b ? b.getQuery() : q).noneMatch(q -> q instanceof PairPhraseQuery));
    }

    /** Asserts equal totals and equal top 50 (documents and scores); returns how many phrases found something. */
    private static int assertSameAsWordPhrases(IndexSearcher searcher, List<PhraseQuery> phrases) throws IOException {
        int withHits = 0;
        for (PhraseQuery words : phrases) {
            Query pairs = PairPhraseQuery.of(words);
            assertInstanceOf(PairPhraseQuery.class, pairs, words.toString());
            int total = searcher.count(words);
            assertEquals(total, searcher.count(pairs), words.toString());
            withHits += total > 0 ? 1 : 0;
            assertSameHits(searcher.search(words, 50), searcher.search(pairs, 50), words.toString());
            // Collected completely (all hits scored), as a search with facet counts does.
            assertSameHits(searcher.search(words, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE)),
                    searcher.search(pairs, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE)), words.toString());
        }
        return withHits;
    }

    private static void assertSameHits(TopDocs expected, TopDocs actual, String phrase) {
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, phrase);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            ScoreDoc e = expected.scoreDocs[i];
            ScoreDoc a = actual.scoreDocs[i];
            assertEquals(e.doc, a.doc, phrase + " hit " + i);
            assertEquals(e.score, a.score, 0f, phrase + " hit " + i);
        }
    }

    /**
     * Two to four consecutive words of the indexed texts, as the phrase query of words the parser
     * builds for them (exact analysis of the text field).
     */
    private static List<PhraseQuery> phrasesOfTheTexts(int count) {
        QueryFactory queries = QueryFactory.standard();
        SplittableRandom rnd = new SplittableRandom(7);
        List<PhraseQuery> out = new ArrayList<>();
        while (out.size() < count) {
            String[] words = docs.get(rnd.nextInt(docs.size())).text().split("\\s+");
            if (words.length < 6) {
                continue;
            }
            int start = rnd.nextInt(words.length - 4);
            String phrase = String.join(" ", List.of(words).subList(start, start + 2 + rnd.nextInt(3)))
                    .replaceAll("[\"()\\[\\]{}:^~*?\\\\/!+&|-]", " ").strip();
            Query typed = PairPhraseQuery.asWordPhrases(queries.userQuery("text:\"" + phrase + "\""));
            if (typed instanceof PhraseQuery p && p.getTerms().length >= 2) {
                out.add(p);
            }
        }
        return out;
    }

    private static Document text(String id, String text) {
        Document.Builder b = Document.builder(id, DocType.RULING);
        b.title("Beschluss");
        b.text(text);
        return b.build();
    }

    private static org.apache.lucene.document.FieldType pairsType(DocumentMapper mapper) throws IOException {
        for (IndexableField f : mapper.toLucene(text("t", "zwei Wörter")).getFields(IndexFields.TEXT_PAIRS)) {
            return (org.apache.lucene.document.FieldType) f.fieldType();
        }
        throw new AssertionError("no pairs field");
    }
}
