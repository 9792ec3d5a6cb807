package de.tenor.bench.jmh;

import de.tenor.bench.ScaleCorpus;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import de.tenor.search.Facet;
import de.tenor.search.QueryFactory;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parts of one UI search over an in-memory index of generated documents: facet counting
 * (plain and drill-sideways with one filter) and highlighting ten hits (offsets from the postings,
 * as {@code SnippetMaker} now does first, against re-analysis with the highlighting analyzer, as it
 * did before issue 9).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx1g"})
public class SearchPartsBenchmark {

    @Param({"5000"})
    public int docs;

    private ByteBuffersDirectory dir;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private SortedSetDocValuesReaderState state;
    private final FacetsConfig config = DocumentMapper.facetsConfig();
    private Query query;
    private TopDocs top;
    private Analyzer highlighting;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ScaleCorpus corpus = new ScaleCorpus(42);
        DocumentMapper mapper = new DocumentMapper(config);
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TenorAnalyzer.create()))) {
            for (int i = 0; i < docs; i++) {
                w.addDocument(mapper.toLucene(corpus.document(i)));
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        query = QueryFactory.standard().userQuery("Arbeitnehmer Minijob");
        top = searcher.search(query, 10);
        highlighting = TenorAnalyzer.forHighlighting();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
        dir.close();
    }

    /** Counts of every facet dimension over all documents (the start page). */
    @Benchmark
    public int facetCountsAllDocuments() throws IOException {
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, new MatchAllDocsQuery(), 10, new FacetsCollectorManager());
        return countAll(new SortedSetDocValuesFacetCounts(state, r.facetsCollector()));
    }

    /** Drill-sideways counts with city=Duisburg ticked, as the UI asks for them. */
    @Benchmark
    public int drillSidewaysOneFilter() throws IOException {
        DrillDownQuery drill = new DrillDownQuery(config, query);
        drill.add(IndexFields.CITY, "Duisburg");
        DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, config, state).search(drill, 10);
        return countAll(r.facets);
    }

    /** Ten snippets with offsets read from the text field's postings. */
    @Benchmark
    public String[] highlightFromPostings() throws IOException {
        return builder().withWeightMatches(false).build().highlight(IndexFields.TEXT, query, top, 2);
    }

    /** Ten snippets by re-analysing the stored texts (compound parts, two stemmers). */
    @Benchmark
    public String[] highlightByReanalysis() throws IOException {
        return new UnifiedHighlighter(builder()) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                return OffsetSource.ANALYSIS;
            }
        }.highlight(IndexFields.TEXT, query, top, 2);
    }

    private UnifiedHighlighter.Builder builder() {
        return UnifiedHighlighter.builder(searcher, highlighting)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withFieldMatcher(f -> f.equals(IndexFields.TEXT) || f.equals(IndexFields.ALL_PARTS)
                        || f.equals(IndexFields.TITLE) || f.equals(IndexFields.TENOR));
    }

    private static int countAll(Facets facets) throws IOException {
        int n = 0;
        for (Facet facet : Facet.values()) {
            try {
                n += facets.getTopChildren(200, facet.field()).childCount;
            } catch (IllegalArgumentException e) {
                // dimension absent from this index
            }
        }
        return n;
    }
}
