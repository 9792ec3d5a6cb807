package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: documents analysed on the reader threads must index exactly what the writer's own
 * analysis indexes — every field's terms, positions, offsets and norms, and the stored fields — on
 * the demo corpus and, when ../shared is beside the repo, 50 real bverwg.de decisions. The writer of
 * the reference index analyses with {@link TenorAnalyzer#create()}, the plain filter chains; the
 * documents analysed ahead use the build's chains ({@link TenorAnalyzer#createForBuild()}: a memo of
 * analysed words, the spelling field's distinct terms only), so these are held to the plain index.
 */
class PreAnalyzedTest {

    @Test
    void pre_analysed_documents_give_the_same_index_as_analysis_in_the_writer() throws Exception {
        List<Document> docs = documents();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        Analyzer analyzer = TenorAnalyzer.createForBuild();
        try (Directory plain = new ByteBuffersDirectory(); Directory ahead = new ByteBuffersDirectory()) {
            try (IndexWriter a = writer(plain, TenorAnalyzer.create()); IndexWriter b = writer(ahead, analyzer)) {
                for (Document d : docs) {
                    a.addDocument(mapper.toLucene(d));
                    b.addDocument(PreAnalyzed.of(mapper.toLucene(d), analyzer));
                }
                // Two values of one field: the second's positions and offsets continue from the first's end.
                a.addDocument(twoValues());
                b.addDocument(PreAnalyzed.of(twoValues(), analyzer));
            }
            try (DirectoryReader ra = DirectoryReader.open(plain); DirectoryReader rb = DirectoryReader.open(ahead)) {
                assertEquals(docs.size() + 1, rb.numDocs());
                long postings = compare(ra.leaves().getFirst().reader(), rb.leaves().getFirst().reader());
                assertTrue(postings > 10_000, "compared only " + postings + " postings");
            }
        }
    }

    /**
     * The build's chains give token for token what the plain chains give — terms, positions,
     * offsets, types — over the same real texts analysed one after the other (so most words come
     * from the memo), field by field.
     */
    @Test
    void the_builds_chains_give_the_plain_chains_tokens() throws Exception {
        Analyzer build = TenorAnalyzer.createForBuild();
        Analyzer plain = TenorAnalyzer.create();
        long tokens = 0;
        for (Document d : documents()) {
            String text = d.title() + "\n" + d.text();
            for (String field : List.of(IndexFields.TEXT, IndexFields.TITLE, IndexFields.ALL_PARTS, IndexFields.SPELL,
                    IndexFields.COURT_TEXT)) {
                List<String> expected = tokens(plain, field, text);
                assertEquals(expected, tokens(build, field, text), field + " of " + d.id());
                tokens += expected.size();
            }
        }
        assertTrue(tokens > 100_000, "compared only " + tokens + " tokens");
    }

    /**
     * The snippets' re-analysis remembers each word's terms ({@link TenorAnalyzer#forHighlighting()}); it must
     * give the word-by-word chain's tokens — terms, positions and the offsets the highlighter marks — on the
     * same texts, also after its memo is full (the small limit is reached within the first texts).
     */
    @Test
    void the_highlighting_memo_gives_the_word_by_word_tokens() throws Exception {
        Analyzer memo = TenorAnalyzer.forHighlighting();
        Analyzer plain = TenorAnalyzer.forHighlightingWordByWord();
        long tokens = 0;
        Set<String> words = new HashSet<>();
        for (Document d : documents()) {
            List<String> expected = tokens(plain, IndexFields.TEXT, d.text());
            assertEquals(expected, tokens(memo, IndexFields.TEXT, d.text()), d.id());
            tokens += expected.size();
            words.addAll(List.of(d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        }
        assertTrue(tokens > 50_000, "compared only " + tokens + " tokens");
        assertTrue(words.size() > TenorAnalyzer.HIGHLIGHT_MEMO_WORDS, "the memo never filled: " + words.size() + " words");
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " +" + inc.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset()
                        + " " + type.type());
            }
            ts.end();
            out.add("end +" + inc.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }

    @Test
    void a_text_without_tokens_replays_nothing_but_its_end() throws IOException {
        PreAnalyzed.Tokens tokens = PreAnalyzed.Tokens.capture(TenorAnalyzer.create(), IndexFields.TEXT, " – ");
        assertNotNull(tokens);
        assertEquals(0, tokens.size());
    }

    private static org.apache.lucene.document.Document twoValues() {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.Field(IndexFields.TEXT, "Arbeitnehmereigenschaft verneint. ",
                DocumentMapper.TEXT_WITH_OFFSETS));
        doc.add(new org.apache.lucene.document.Field(IndexFields.TEXT, "Freizügigkeitsberechtigung  ",
                DocumentMapper.TEXT_WITH_OFFSETS));
        return doc;
    }

    private static IndexWriter writer(Directory dir, Analyzer analyzer) throws IOException {
        return new IndexWriter(dir, new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(256));
    }

    /** Returns how many postings were compared. */
    private static long compare(LeafReader a, LeafReader b) throws IOException {
        long postings = 0;
        for (FieldInfo info : a.getFieldInfos()) {
            FieldInfo other = b.getFieldInfos().fieldInfo(info.name);
            assertNotNull(other, info.name);
            assertEquals(info.getIndexOptions(), other.getIndexOptions(), info.name);
            assertEquals(info.hasNorms(), other.hasNorms(), info.name);
            Terms ta = a.terms(info.name);
            Terms tb = b.terms(info.name);
            assertEquals(ta == null, tb == null, info.name);
            if (ta != null) {
                assertEquals(ta.size(), tb.size(), info.name + " terms");
                assertEquals(ta.getDocCount(), tb.getDocCount(), info.name + " documents");
                assertEquals(ta.getSumDocFreq(), tb.getSumDocFreq(), info.name + " sum of document frequencies");
                assertEquals(ta.getSumTotalTermFreq(), tb.getSumTotalTermFreq(), info.name + " sum of term frequencies");
                postings += comparePostings(info, ta.iterator(), tb.iterator());
            }
            if (info.hasNorms()) {
                NumericDocValues na = a.getNormValues(info.name);
                NumericDocValues nb = b.getNormValues(info.name);
                for (int doc = na.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = na.nextDoc()) {
                    assertEquals(doc, nb.nextDoc(), info.name);
                    assertEquals(na.longValue(), nb.longValue(), info.name + " norm of doc " + doc);
                }
                assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), info.name);
            }
        }
        assertEquals(a.getFieldInfos().size(), b.getFieldInfos().size());
        StoredFields sa = a.storedFields();
        StoredFields sb = b.storedFields();
        for (int doc = 0; doc < a.maxDoc(); doc++) {
            assertEquals(sa.document(doc).toString(), sb.document(doc).toString(), "stored fields of doc " + doc);
        }
        return postings;
    }

    private static long comparePostings(FieldInfo info, TermsEnum ea, TermsEnum eb) throws IOException {
        long postings = 0;
        int flags = PostingsEnum.ALL;
        for (BytesRef term = ea.next(); term != null; term = ea.next()) {
            BytesRef other = eb.next();
            assertEquals(term.utf8ToString(), other == null ? null : other.utf8ToString(), info.name);
            PostingsEnum pa = ea.postings(null, flags);
            PostingsEnum pb = eb.postings(null, flags);
            for (int doc = pa.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pa.nextDoc()) {
                String where = info.name + ":" + term.utf8ToString() + " in doc " + doc;
                assertEquals(doc, pb.nextDoc(), where);
                assertEquals(pa.freq(), pb.freq(), where);
                assertEquals(ea.totalTermFreq(), eb.totalTermFreq(), where);
                if (info.getIndexOptions().compareTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                    for (int i = 0; i < pa.freq(); i++) {
                        assertEquals(pa.nextPosition(), pb.nextPosition(), where);
                        assertEquals(pa.startOffset(), pb.startOffset(), where);
                        assertEquals(pa.endOffset(), pb.endOffset(), where);
                    }
                }
                postings++;
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, pb.nextDoc(), info.name + ":" + term.utf8ToString());
        }
        assertEquals(null, eb.next(), info.name);
        return postings;
    }

    /** Extracted once for both comparisons. */
    private static List<Document> documents;

    private static synchronized List<Document> documents() throws IOException, ExtractionException {
        if (documents == null) {
            documents = List.copyOf(extractDocuments());
        }
        return documents;
    }

    private static List<Document> extractDocuments() throws IOException, ExtractionException {
        List<Document> docs = new ArrayList<>();
        List<Path> files = new ArrayList<>(new CorpusStore(Path.of("corpus/demo")).list().stream()
                .map(f -> f.path()).toList());
        files.addAll(RealDecisions.bverwgPages("PreAnalyzedTest", "comparing on the demo corpus only"));
        try (Extractor extractor = new Extractor()) {
            for (Path file : files) {
                docs.add(extractor.extract(Files.readAllBytes(file), file.getFileName().toString(),
                        file.toUri().toString(), null));
            }
        }
        return docs;
    }
}
