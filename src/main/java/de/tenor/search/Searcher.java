package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
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

    /** Deeper pages than this are a 400 ({@link SearchRequest}); they are never needed by a person and cost memory. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_FACET_VALUES = 200;
    /**
     * Per-query CPU time limit when none is given (issue 8). The UI's query path takes 3–40 ms at
     * 100k documents on two cores, so only a pathological query reaches it.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    private final IndexLocation location;
    private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final QueryFactory queries;
    private final SnippetMaker snippets = new SnippetMaker();
    private final Suggestions suggestions;
    private final SimilarDocuments similarDocuments = new SimilarDocuments();
    private final Duration timeLimit;
    private final QueryDeadline deadline = new QueryDeadline();
    /**
     * Runs a search's segment slices in parallel (issue 9): a large index has several slices, and an
     * advisor searching alone gets all cores. The calling thread works on slices too.
     */
    private final ExecutorService slicePool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().daemon().name("tenor-search-", 1).factory());
    private final Executor slices = deadline.carryingDeadline(slicePool);
    private volatile OpenIndex current;

    /** With the legal synonyms shipped in {@code search/synonyms.txt} and the default time limit. */
    public Searcher(IndexLocation location) throws IOException {
        this(location, QueryFactory.standard(), DEFAULT_TIME_LIMIT);
    }

    public Searcher(IndexLocation location, Duration timeLimit) throws IOException {
        this(location, QueryFactory.standard(), timeLimit);
    }

    public Searcher(IndexLocation location, QueryFactory queries) throws IOException {
        this(location, queries, DEFAULT_TIME_LIMIT);
    }

    public Searcher(IndexLocation location, QueryFactory queries, Duration timeLimit) throws IOException {
        this.location = location;
        this.queries = queries;
        this.timeLimit = timeLimit;
        this.suggestions = new Suggestions();
        Path dir = location.current().orElseThrow(() -> new IllegalStateException(
                "Index not found at " + location.root() + ". Run \"tenor index\" first, or pass --index DIR."));
        this.current = OpenIndex.open(dir, facetsConfig, deadline, slices);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return bounded(request.query(), index -> index.browse(request, () -> search(index, request)));
    }

    /**
     * Issue 17: like {@link #search}, but a query with a word that occurs nowhere in the index is
     * searched in its corrected spelling at once, when the correction finds at least as much
     * ("Verlustfestellung" → "Verlustfeststellung"). The result then names the query as typed and
     * its total, so the page can offer to search it instead.
     */
    public SearchResult searchCorrectingTypos(SearchRequest request) throws IOException {
        SearchResult typed = search(request);
        if (request.query().isBlank()) {
            return typed;
        }
        Optional<String> corrected = spellingCorrection(request.query());
        if (corrected.isEmpty()) {
            return typed;
        }
        SearchResult better = search(request.withQuery(corrected.get()));
        return better.total() > 0 && better.total() >= typed.total()
                ? better.correctedFrom(request.query(), typed.total()) : typed;
    }

    private Optional<String> spellingCorrection(String query) throws IOException {
        OpenIndex index = acquire();
        try {
            return suggestions.didYouMean(index.reader, query);
        } finally {
            index.release();
        }
    }

    private interface Work<T> {
        T run(OpenIndex index) throws IOException;
    }

    /**
     * Runs {@code work} on the served index within the time limit. A search that runs out of time
     * or expands past Lucene's clause limit is the query's fault, so it becomes a German 400
     * message rather than an error page.
     */
    private <T> T bounded(String query, Work<T> work) throws IOException {
        OpenIndex index = acquire();
        deadline.start(timeLimit);
        try {
            return work.run(index);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            throw new InvalidQueryException("Die Suche nach „" + QueryText.shorten(query) + "“ hat mehr als "
                    + seconds(timeLimit) + " Rechenzeit gebraucht und wurde abgebrochen. Tipp: weitere Suchwörter, einen Filter "
                    + "(Stadt, Gericht, Jahr) oder einen Zeitraum wählen.", e);
        } catch (IndexSearcher.TooManyClauses e) {
            // A prefix* or synonym expansion that grew past Lucene's limit while searching.
            throw new InvalidQueryException("Die Suchanfrage „" + QueryText.shorten(query)
                    + "“ ist zu umfangreich. Tipp: Platzhalter * erst nach mehr Buchstaben setzen, weniger ODER-Verknüpfungen.", e);
        } finally {
            deadline.stop();
            index.release();
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + (ms == 1000 ? " Sekunde" : " Sekunden") : ms + " ms";
    }

    /**
     * The query with misspelled words replaced by the closest word of the index ("Freizügikeit" →
     * "Freizügigkeit"), if that finds more than the query as typed. Only words that occur nowhere,
     * not even as part of a compound, count as misspelled.
     */
    public Optional<String> didYouMean(String query) throws IOException {
        OpenIndex index = acquire();
        try {
            Optional<String> corrected = suggestions.didYouMean(index.reader, query);
            if (corrected.isEmpty()) {
                return corrected;
            }
            int before = count(index, query);
            return count(index, corrected.get()) > before ? corrected : Optional.empty();
        } finally {
            index.release();
        }
    }

    /** Completions of what was typed so far: titles, courts, dockets, EuGH cases and frequent words, most common first. */
    public List<String> complete(String typed, int max) throws IOException {
        OpenIndex index = acquire();
        try {
            return suggestions.complete(index.reader, typed, max);
        } finally {
            index.release();
        }
    }

    /**
     * Rulings most like the one with {@code id}: shared significant words, cited norms and EuGH
     * cases; never the document itself. Empty for an unknown id.
     */
    public List<Document> similar(String id, int max) throws IOException {
        OpenIndex index = acquire();
        try {
            TopDocs top = index.searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            Document doc = load(index.searcher.storedFields(), top.scoreDocs[0].doc);
            Query like = similarDocuments.query(index.reader, facetsConfig, doc);
            List<Document> out = new ArrayList<>();
            StoredFields stored = index.searcher.storedFields();
            for (ScoreDoc sd : index.searcher.search(like, max).scoreDocs) {
                out.add(load(stored, sd.doc));
            }
            return out;
        } finally {
            index.release();
        }
    }

    private int count(OpenIndex index, String query) throws IOException {
        try {
            return index.searcher.count(queries.userQuery(query));
        } catch (InvalidQueryException | IndexSearcher.TooManyClauses e) {
            return 0;
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
        if (index.facetState == null) {
            return new SearchResult(request, 0, List.of(), emptyFacets(request));
        }
        // SearchRequest refuses pages past MAX_WINDOW (issue 17), so this neither overflows nor grows unbounded.
        int window = request.page() * request.pageSize();
        // Issue 21: by relevance, every hit is scored by the gate alone and the window by the full query.
        Rescoring rescoring = request.effectiveSort() == SortOrder.RELEVANCE ? Rescoring.of(userQuery) : Rescoring.none(userQuery);
        DrillDownQuery drill = filtered(rescoring.matching(), request);
        DrillSideways sideways = new DrillSideways(index.searcher, facetsConfig, index.facetState);
        Sort sort = switch (request.effectiveSort()) {
            case DATE -> new Sort(new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case ADDED -> new Sort(new SortField(IndexFields.SORT_ADDED, SortField.Type.LONG, true),
                    new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
        };
        DrillSideways.DrillSidewaysResult result = sideways.search(drill, null, null, rescoring.collect(window), sort, true);
        ScoreDoc[] pageDocs = page(rescoring.rescore(index.searcher, result.hits.scoreDocs), request);
        String[] snippetHtml = snippets.snippets(index.searcher, userQuery, result.hits.totalHits, pageDocs);
        StoredFields stored = index.searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(pageDocs.length);
        for (int i = 0; i < pageDocs.length; i++) {
            Document doc = load(stored, pageDocs[i].doc);
            hits.add(new SearchHit(doc, snippetHtml[i] != null ? snippetHtml[i] : snippets.fallback(doc)));
        }
        long total = result.hits.totalHits.value();
        Optional<Query> allWords = total == 0 ? Optional.empty() : queries.allWordsQuery(request.query());
        long allWordsTotal = allWords.isEmpty() ? total : index.searcher.count(filtered(allWords.get(), request));
        return new SearchResult(request, total, hits, facets(result.facets, request), allWordsTotal, null);
    }

    /** {@code query} with the request's dates, hour and pay ranges and facet filters. */
    private DrillDownQuery filtered(Query query, SearchRequest request) {
        Query base = queries.withFactRanges(queries.withDateRange(query, request.from(), request.to()), request.facts());
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        return drill;
    }

    private List<Document> newestFirst(OpenIndex index, Query query, int max) throws IOException {
        TopDocs top = index.searcher.search(query, max, new Sort(new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true)));
        StoredFields stored = index.searcher.storedFields();
        List<Document> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(load(stored, sd.doc));
        }
        return out;
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

    /** Issue 7: city, year, court branch and procedure × outcome counts of the rulings matching {@code request}. */
    public OutcomeTable outcomeTable(SearchRequest request) throws IOException {
        return bounded(request.query(), index -> {
            Query base = queries.withFactRanges(queries.withDateRange(queries.userQuery(request.query()), request.from(),
                    request.to()), request.facts());
            return OutcomeTable.count(index.searcher, index.facetState, facetsConfig, base, request);
        });
    }

    /**
     * Issue 11: the rulings matching {@code request} (query, facets, dates and ranges) that state
     * weekly hours or monthly pay, newest first, at most {@code max}; for the threshold view.
     */
    public List<Document> withEmploymentFacts(SearchRequest request, int max) throws IOException {
        return bounded(request.query(), index -> {
            Query base = queries.withFactRanges(queries.withDateRange(queries.userQuery(request.query()), request.from(),
                    request.to()), request.facts());
            DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
            request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
            Query stated = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new FieldExistsQuery(IndexFields.WEEKLY_HOURS), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                    .add(new FieldExistsQuery(IndexFields.MONTHLY_PAY), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                    .build();
            Query q = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(drill, org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(stated, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
            return newestFirst(index, q, Math.max(1, max));
        });
    }

    /** Issue 7: documents with any of these exact keyword terms (dockets, cited dockets, EuGH numbers), newest first. */
    /** Issue 16: whether the index holds documents of the fictional demo corpus (the start page says so). */
    public boolean holdsSampleDocuments() throws IOException {
        OpenIndex index = acquire();
        try {
            return index.searcher.getIndexReader().docFreq(new Term(IndexFields.SAMPLE, "true")) > 0;
        } finally {
            index.release();
        }
    }

    public List<Document> withAnyTerm(List<Term> terms, int max) throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
        terms.forEach(t -> any.add(new TermQuery(t), org.apache.lucene.search.BooleanClause.Occur.SHOULD));
        OpenIndex index = acquire();
        try {
            return newestFirst(index, any.build(), max);
        } finally {
            index.release();
        }
    }

    private Document load(StoredFields stored, int docId) throws IOException {
        org.apache.lucene.document.Document fields = stored.document(docId);
        return mapper.fromStored(fields.get(IndexFields.SOURCE), fields.get(IndexFields.TEXT));
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
            OpenIndex fresh = OpenIndex.open(published.get(), facetsConfig, deadline, slices);
            OpenIndex old = current;
            current = fresh;
            old.release();
        }
    }

    @Override
    public void close() throws IOException {
        slicePool.shutdown();
        current.release();
    }
}
