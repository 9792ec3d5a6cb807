package de.tenor.bench.jmh;

import de.tenor.bench.ScaleCorpus;
import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing cost of one generated ruling (~6.5 KB of text), part by part: each field analysis of
 * {@link TenorAnalyzer}, the re-analysis the highlighter used to do per hit, and
 * {@link DocumentMapper#toLucene} without analysis (stored JSON, suggest entries, facets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AnalysisBenchmark {

    private final Document[] docs = new Document[64];
    private ScaleCorpus corpus;
    private Analyzer index;
    private Analyzer highlighting;
    private DocumentMapper mapper;
    private int next;

    @Setup
    public void setUp() {
        corpus = new ScaleCorpus(42);
        for (int i = 0; i < docs.length; i++) {
            docs[i] = corpus.document(i);
        }
        index = TenorAnalyzer.create();
        highlighting = TenorAnalyzer.forHighlighting();
        mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    }

    private Document doc() {
        next = (next + 1) % docs.length;
        return docs[next];
    }

    /** Precise field: folding and light stemming. */
    @Benchmark
    public int analyzeTextPrecise() throws IOException {
        return count(index, IndexFields.TEXT, doc().text());
    }

    /** Recall field: compound splitting (jwordsplitter), folding, feminine forms, Snowball. */
    @Benchmark
    public int analyzeAllPartsRecall() throws IOException {
        return count(index, IndexFields.ALL_PARTS, doc().text());
    }

    /** Spelling vocabulary: tokenise and lower-case only. */
    @Benchmark
    public int analyzeSpell() throws IOException {
        return count(index, IndexFields.SPELL, doc().text());
    }

    /** What the highlighter did for each of the ten hits before issue 9 (now only for hits without a typed word). */
    @Benchmark
    public int analyzeForHighlighting() throws IOException {
        return count(highlighting, IndexFields.TEXT, doc().text());
    }

    /** The mapping around analysis: JSON copy, suggest entries, facet fields. */
    @Benchmark
    public org.apache.lucene.document.Document mapWithoutAnalysis() throws IOException {
        return mapper.toLucene(doc());
    }

    /** Generating one document, to show the benchmark corpus is not the bottleneck. */
    @Benchmark
    public Document generate() {
        return corpus.document(next++ & 0xFFFF);
    }

    private static int count(Analyzer analyzer, String field, String text) throws IOException {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        }
        return n;
    }
}
