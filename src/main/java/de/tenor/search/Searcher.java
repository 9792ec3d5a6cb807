package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Runs searches against the served index generation and switches to a newer one as soon as
 * {@code tenor index} publishes it. Not a {@code SearcherManager}: each build is a separate
 * directory (so no reader ever sees a half-built index), and SearcherManager only refreshes
 * within one directory. Thread-safe; share one instance.
 */
public final class Searcher implements AutoCloseable {

    /** Deeper pages than this are not served; they are never needed by a person and cost memory. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_FACET_VALUES = 200;

    private final IndexLocation location;
    private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final Analyzer analyzer = TenorAnalyzer.create();
    private final QueryFactory queries = new QueryFactory(analyzer);
    private final SnippetMaker snippets;
    private volatile OpenIndex current;

    public Searcher(IndexLocation location) throws IOException {
        this.location = location;
        this.snippets = new SnippetMaker(analyzer);
        Path dir = location.current().orElseThrow(() -> new IllegalStateException(
                "Index not found at " + location.root() + ". Run \"tenor index\" first, or pass --index DIR."));
        this.current = OpenIndex.open(dir, facetsConfig);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        OpenIndex index = acquire();
        try {
            return search(index, request);
        } finally {
            index.release();
        }
    }

    public Optional<Document> document(String id) throws IOException {
        OpenIndex index = acquire();
        try {
            TopDocs top = index.searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(load(index.searcher.storedFields(), top.scoreDocs[0].doc));
        } finally {
            index.release();
        }
    }

    public int documentCount() throws IOException {
        OpenIndex index = acquire();
        try {
            return index.reader.numDocs();
        } finally {
            index.release();
        }
    }

    /** Name of the served generation; changes with every published build. */
    public String indexVersion() throws IOException {
        OpenIndex index = acquire();
        try {
            return index.generation;
        } finally {
            index.release();
        }
    }

    private SearchResult search(OpenIndex index, SearchRequest request) throws IOException {
        Query userQuery = queries.userQuery(request.query());
        Query base = queries.withDateRange(userQuery, request.from(), request.to());
        int window = request.page() * request.pageSize();
        if (index.facetState == null || window > MAX_WINDOW) {
            return new SearchResult(request, 0, List.of(), emptyFacets(request));
        }
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        DrillSideways sideways = new DrillSideways(index.searcher, facetsConfig, index.facetState);
        Sort sort = request.effectiveSort() == SortOrder.DATE
                ? new Sort(new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
        DrillSideways.DrillSidewaysResult result = sideways.search(drill, null, null, window, sort, true);
        ScoreDoc[] pageDocs = page(result.hits.scoreDocs, request);
        String[] snippetHtml = snippets.snippets(index.searcher, userQuery, result.hits.totalHits, pageDocs);
        StoredFields stored = index.searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(pageDocs.length);
        for (int i = 0; i < pageDocs.length; i++) {
            Document doc = load(stored, pageDocs[i].doc);
            hits.add(new SearchHit(doc, snippetHtml[i] != null ? snippetHtml[i] : snippets.fallback(doc)));
        }
        return new SearchResult(request, result.hits.totalHits.value(), hits, facets(result.facets, request));
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
        int from = (request.page() - 1) * request.pageSize();
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(all, from, Math.min(all.length, from + request.pageSize()));
    }

    private Map<String, List<FacetCount>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            List<String> selected = request.selected(dim);
            List<FacetCount> counts = new ArrayList<>();
            FacetResult fr = topChildren(facets, dim);
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.intValue(), selected.contains(lv.label)));
                }
            }
            // A selected value with no hits still shows, ticked, so the user can untick it.
            for (String value : selected) {
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    counts.add(new FacetCount(value, 0, true));
                }
            }
            if (IndexFields.YEAR.equals(dim)) {
                counts.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(dim, List.copyOf(counts));
        }
        return out;
    }

    private static FacetResult topChildren(Facets facets, String dim) throws IOException {
        try {
            return facets.getTopChildren(MAX_FACET_VALUES, dim);
        } catch (IllegalArgumentException e) {
            // The dimension was never indexed (e.g. no document has a decision type yet).
            return null;
        }
    }

    private static Map<String, List<FacetCount>> emptyFacets(SearchRequest request) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            out.put(dim, request.selected(dim).stream().map(v -> new FacetCount(v, 0, true)).toList());
        }
        return out;
    }

    private Document load(StoredFields stored, int docId) throws IOException {
        return mapper.fromStoredSource(stored.document(docId).get(IndexFields.SOURCE));
    }

    /** Takes a reference to the newest published generation, opening it first if the pointer moved. */
    private OpenIndex acquire() throws IOException {
        reloadIfPublished();
        while (true) {
            OpenIndex index = current;
            if (index.tryAcquire()) {
                return index;
            }
        }
    }

    private void reloadIfPublished() throws IOException {
        Optional<Path> published = location.current();
        if (published.isEmpty() || published.get().getFileName().toString().equals(current.generation)) {
            return;
        }
        synchronized (this) {
            if (published.get().getFileName().toString().equals(current.generation)) {
                return;
            }
            OpenIndex fresh = OpenIndex.open(published.get(), facetsConfig);
            OpenIndex old = current;
            current = fresh;
            old.release();
        }
    }

    @Override
    public void close() throws IOException {
        current.release();
    }
}
