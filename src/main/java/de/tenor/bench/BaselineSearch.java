package de.tenor.bench;

import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import de.tenor.search.Facet;
import de.tenor.search.LegalSynonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The search baseline: what a minimal Lucene application does for the same request over the same
 * index. Classic query parser on the full text with Tenor's query analyzer (AND), a term lookup for
 * a docket, plain drill-down filters, counts of all facet dimensions from one
 * {@link FacetsCollectorManager} pass ({@link SortedSetDocValuesFacetCounts}), the same
 * {@link UnifiedHighlighter} with its default offset source (the postings' offsets) and the same
 * passage format, and the stored fields of the ten hits read without decoding. Thread-safe.
 */
final class BaselineSearch implements AutoCloseable {

    static final int PAGE_SIZE = 10;
    private static final int MAX_FACET_VALUES = 200;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.SOURCE);

    /** What came back, for a sanity check against Tenor's totals. */
    record Result(long total, int hits) {
    }

    private final DirectoryReader reader;
    /** Segment slices run in parallel as in Tenor's {@code Searcher}, so single-client latencies compare like with like. */
    private final ExecutorService slicePool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("baseline-search-", 1).factory());
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig config = DocumentMapper.facetsConfig();
    private final Analyzer analyzer = TenorAnalyzer.forQuery(LegalSynonyms.standard());

    BaselineSearch(Path generation) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(generation));
        this.searcher = new IndexSearcher(reader, slicePool);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
    }

    Result search(BenchQuery q) throws IOException {
        Query base = switch (q.kind()) {
            case BROWSE -> new MatchAllDocsQuery();
            case DOCKET -> new TermQuery(new Term(IndexFields.DOCKET_NORMALIZED, q.text().replace(" ", "").toUpperCase(java.util.Locale.ROOT)));
            case WORDS, PHRASE, RARE -> parse(q.text());
        };
        Query query = base;
        if (!q.filters().isEmpty()) {
            DrillDownQuery drill = new DrillDownQuery(config, base);
            q.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet.field(), v)));
            query = drill;
        }
        FacetsCollectorManager.FacetsResult found = q.kind() == BenchQuery.Kind.BROWSE
                ? FacetsCollectorManager.search(searcher, query, PAGE_SIZE,
                        new Sort(new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true)), new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, PAGE_SIZE, new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, found.facetsCollector());
        for (Facet facet : Facet.values()) {
            try {
                facets.getTopChildren(MAX_FACET_VALUES, facet.field());
            } catch (IllegalArgumentException e) {
                // dimension not in this index
            }
        }
        if (q.kind() != BenchQuery.Kind.BROWSE && found.topDocs().scoreDocs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxNoHighlightPassages(0)
                    .build();
            highlighter.highlight(IndexFields.TEXT, base, found.topDocs(), 2);
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : found.topDocs().scoreDocs) {
            stored.document(sd.doc, HIT_FIELDS);
        }
        return new Result(found.topDocs().totalHits.value(), found.topDocs().scoreDocs.length);
    }

    private Query parse(String text) {
        QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Baseline cannot parse benchmark query '" + text + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        slicePool.shutdown();
        reader.close();
    }
}
