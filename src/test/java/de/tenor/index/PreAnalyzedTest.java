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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Issue 21: documents analysed on the reader threads must index exactly what the writer's own
 * analysis indexes — every field's terms, positions, offsets and norms, and the stored fields — on
 * the demo corpus and, when ../shared is beside the repo, 50 real bverwg.de decisions. The writer of
 * the reference index analyses with the plain filter chains as they were before issue 21 made them
 * faster ({@link #plainAnalyzer}: no memo of analysed words, compound parts split per occurrence,
 * every token of the spelling field handed over), so the faster chains are held to the old index.
 */
class PreAnalyzedTest {

    private static final Path SHARED = Path.of(System.getProperty("tenor.shared", "../shared"), "corpora");

    @Test
    void pre_analysed_documents_give_the_same_index_as_analysis_in_the_writer() throws Exception {
        List<Document> docs = documents();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        Analyzer analyzer = TenorAnalyzer.create();
        try (Directory plain = new ByteBuffersDirectory(); Directory ahead = new ByteBuffersDirectory()) {
            try (IndexWriter a = writer(plain, plainAnalyzer()); IndexWriter b = writer(ahead, analyzer)) {
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
     * The memoised chains give token for token what the plain chains give — terms, positions,
     * offsets, types — for the index and for queries without synonyms, over the same real texts
     * analysed one after the other (so most words come from the memo).
     */
    @Test
    void memoised_chains_give_the_plain_chains_tokens() throws Exception {
        Analyzer index = TenorAnalyzer.create();
        Analyzer query = TenorAnalyzer.exactForQuery();
        Analyzer plain = plainAnalyzer();
        Analyzer plainQueryRecall = chain(source -> new SnowballFilter(new FeminineFormFilter(new SpellingVariantFilter(
                new GermanNormalizationFilter(new LowerCaseFilter(source)))), new GermanStemmer()));
        long tokens = 0;
        for (Document d : documents()) {
            String text = d.title() + "\n" + d.text();
            for (String field : List.of(IndexFields.TEXT, IndexFields.ALL_PARTS)) {
                List<String> expected = tokens(plain, field, text);
                assertEquals(expected, tokens(index, field, text), field + " of " + d.id());
                tokens += expected.size();
            }
            assertEquals(tokens(plain, IndexFields.TEXT, text), tokens(query, IndexFields.TEXT, text), "query text of " + d.id());
            assertEquals(tokens(plainQueryRecall, IndexFields.ALL_PARTS, text), tokens(query, IndexFields.ALL_PARTS, text),
                    "query allParts of " + d.id());
        }
        assertTrue(tokens > 10_000, "compared only " + tokens + " tokens");
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

    /** {@link TenorAnalyzer#create()}'s index-time chains written out filter by filter, as before issue 21's memo. */
    static Analyzer plainAnalyzer() {
        CompoundSplitter splitter = CompoundSplitter.german();
        Analyzer precise = chain(source -> new GermanLightStemFilter(
                new SpellingVariantFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)))));
        Analyzer recall = chain(source -> new SnowballFilter(new FeminineFormFilter(new SpellingVariantFilter(
                new GermanNormalizationFilter(new CompoundPartsFilter(new LowerCaseFilter(source), splitter)))),
                new GermanStemmer()));
        Analyzer folded = chain(source -> new GermanNormalizationFilter(new LowerCaseFilter(source)));
        return new PerFieldAnalyzerWrapper(precise, Map.of(
                IndexFields.ALL_PARTS, recall,
                IndexFields.SPELL, chain(LowerCaseFilter::new),
                IndexFields.COURT_TEXT, folded,
                IndexFields.CITY_TEXT, folded));
    }

    private static Analyzer chain(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
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
        Path bverwg = SHARED.resolve("bverwg-2024-pages/html");
        if (Files.isDirectory(bverwg)) {
            try (Stream<Path> s = Files.list(bverwg)) {
                s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(files::add);
            }
        } else {
            System.out.println("PreAnalyzedTest: " + bverwg + " not present (a plain clone has no ../shared):"
                    + " comparing on the demo corpus only");
        }
        try (Extractor extractor = new Extractor()) {
            for (Path file : files) {
                docs.add(extractor.extract(Files.readAllBytes(file), file.getFileName().toString(),
                        file.toUri().toString(), null));
            }
        }
        return docs;
    }
}
