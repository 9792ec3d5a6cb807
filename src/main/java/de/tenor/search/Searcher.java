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
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs searches against the served index generation and switches to a newer one as soon as
 * {@code tenor index} publishes it. Not a {@code SearcherManager}: each build is a separate
 * directory (so no reader ever sees a half-built index), and SearcherManager only refreshes
 * within one directory; instead the new generation's reader shares the served one's readers of
 * the segments both hold (issue 18, {@link OpenIndex#open(Path, OpenIndex, FacetsConfig,
 * org.apache.lucene.index.QueryTimeout, Executor)}), so an upload's generation opens in
 * milliseconds. Thread-safe; share one instance.
 */
public final class Searcher implements AutoCloseable {

    /** Deeper pages than this are a 400 ({@link SearchRequest}); they are never needed by a person and cost memory. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_FACET_VALUES = 200;
    /** From this many hits on, a page's hits are built on two threads. */
    private static final int PARALLEL_HITS = 4;
    /** The stored fields a document is rebuilt from; the others are for the index alone. */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.SOURCE, IndexFields.TEXT);
    /**
     * Per-query CPU time limit when none is given (issue 8). The UI's query path takes 3–40 ms at
     * 100k documents on two cores, so only a pathological query reaches it.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    private final IndexLocation location;
    private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final QueryFactory queries;
    private final RequestQuery requestQuery;
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
    private final ExecutorService slices = deadline.carryingDeadline(slicePool);
    private volatile OpenIndex current;
    /** Issue 21: the pointer file is read only when it changed, not several times per request. */
    private final PointerWatch pointer;

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
        this.requestQuery = new RequestQuery(queries, facetsConfig);
        this.timeLimit = timeLimit;
        this.suggestions = new Suggestions();
        this.pointer = new PointerWatch(location.pointerFile());
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
        if (request.query().isBlank()) {
            return search(request);
        }
        Optional<String> corrected = spellingCorrection(request.query());
        if (corrected.isEmpty()) {
            return search(request);
        }
        // Issue 21: which of the two is shown depends on their totals alone, so both are counted and
        // only that one is searched (facets, hits, snippets); it ran both searches in full.
        SearchRequest correctedRequest = request.withQuery(corrected.get());
        long typedTotal = total(request);
        long correctedTotal = total(correctedRequest);
        return correctedTotal > 0 && correctedTotal >= typedTotal
                ? search(correctedRequest).correctedFrom(request.query(), typedTotal) : search(request);
    }

    /** How many documents {@code request} matches: the total its search shows. */
    private long total(SearchRequest request) throws IOException {
        return bounded(request.query(), index -> index.facetState == null ? 0L
                : (long) index.searcher.count(requestQuery.filtered(request)));
    }

    private Optional<String> spellingCorrection(String query) throws IOException {
        return withIndex(index -> correction(index, query));
    }

    private Optional<String> correction(OpenIndex index, String query) throws IOException {
        return index.correction(query, () -> suggestions.didYouMean(index.reader, query));
    }

    private interface Work<T> {
        T run(OpenIndex index) throws IOException;
    }

    /** Runs {@code work} on the served generation, holding a reference so a newer one cannot close it meanwhile. */
    private <T> T withIndex(Work<T> work) throws IOException {
        OpenIndex index = acquire();
        try {
            return work.run(index);
        } finally {
            index.release();
        }
    }

    /**
     * Runs {@code work} on the served index within the time limit. A search that runs out of time
     * or expands past Lucene's clause limit is the query's fault, so it becomes a German 400
     * message rather than an error page.
     */
    private <T> T bounded(String query, Work<T> work) throws IOException {
        return withIndex(index -> {
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
            }
        });
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
        return withIndex(index -> {
            Optional<String> corrected = correction(index, query);
            if (corrected.isEmpty()) {
                return corrected;
            }
            int before = count(index, query);
            return count(index, corrected.get()) > before ? corrected : Optional.empty();
        });
    }

    /** Completions of what was typed so far: titles, courts, dockets, EuGH cases and frequent words, most common first. */
    public List<String> complete(String typed, int max) throws IOException {
        return withIndex(index -> suggestions.complete(index.reader, typed, max));
    }

    /**
     * Rulings most like the one with {@code id}: shared significant words, cited norms and EuGH
     * cases; never the document itself. Empty for an unknown id.
     */
    public List<Document> similar(String id, int max) throws IOException {
        return withIndex(index -> {
            Optional<Document> doc = byId(index, id);
            if (doc.isEmpty()) {
                return List.of();
            }
            Query like = similarDocuments.query(index.reader, facetsConfig, doc.get());
            List<Document> out = new ArrayList<>();
            StoredFields stored = index.searcher.storedFields();
            for (ScoreDoc sd : index.searcher.search(like, max).scoreDocs) {
                out.add(load(stored, sd.doc));
            }
            return out;
        });
    }

    private int count(OpenIndex index, String query) throws IOException {
        try {
            return index.searcher.count(queries.userQuery(query));
        } catch (InvalidQueryException | IndexSearcher.TooManyClauses e) {
            return 0;
        }
    }

    public Optional<Document> document(String id) throws IOException {
        return withIndex(index -> byId(index, id));
    }

    private Optional<Document> byId(OpenIndex index, String id) throws IOException {
        TopDocs top = index.searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(load(index.searcher.storedFields(), top.scoreDocs[0].doc));
    }

    public int documentCount() throws IOException {
        return withIndex(index -> index.reader.numDocs());
    }

    /** Name of the served generation; changes with every published build. */
    public String indexVersion() throws IOException {
        return withIndex(index -> index.generation);
    }

    private SearchResult search(OpenIndex index, SearchRequest request) throws IOException {
        QueryFactory.Parsing parsing = queries.parsing(request.query());
        Query userQuery = parsing.user();
        if (index.facetState == null) {
            return new SearchResult(request, 0, List.of(), emptyFacets(request));
        }
        // SearchRequest refuses pages past MAX_WINDOW (issue 17), so this neither overflows nor grows unbounded.
        int window = request.page() * request.pageSize();
        // Issue 21: by relevance, the proximity phrase scores only the top of the window (Rescoring).
        Rescoring rescoring = request.effectiveSort() == SortOrder.RELEVANCE ? Rescoring.of(userQuery) : Rescoring.none(userQuery);
        DrillSideways sideways = new PooledDrillSideways(index.searcher, facetsConfig, index.facetState, slices,
                !request.filters().isEmpty());
        DrillSideways.DrillSidewaysResult result = sideways.search(requestQuery.filtered(rescoring.matching(), request), null, null,
                rescoring.collect(window), sort(request.effectiveSort()), false);
        ScoreDoc[] pageDocs = page(rescoring.rescore(index.searcher, withScores(result.hits.scoreDocs)), request);
        List<SearchHit> hits = hits(index, userQuery, result.hits.totalHits, pageDocs, false);
        long total = result.hits.totalHits.value();
        Optional<Query> allWords = total == 0 ? Optional.empty() : parsing.allWords();
        long allWordsTotal = allWords.isEmpty() ? total : index.searcher.count(requestQuery.filtered(allWords.get(), request));
        return new SearchResult(request, total, hits, facets(result.facets, request), allWordsTotal, null);
    }

    /**
     * Issue 21: the score a hit was sorted by, as its {@link ScoreDoc#score}. DrillSideways can fill
     * it in itself, but it does so by building and running the whole query a second time.
     */
    private static ScoreDoc[] withScores(ScoreDoc[] hits) {
        for (ScoreDoc hit : hits) {
            if (hit instanceof FieldDoc field && field.fields != null) {
                for (Object value : field.fields) {
                    if (value instanceof Float score) {
                        hit.score = score;
                    }
                }
            }
        }
        return hits;
    }

    private static Sort sort(SortOrder order) {
        return switch (order) {
            case DATE -> new Sort(new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case ADDED -> new Sort(new SortField(IndexFields.SORT_ADDED, SortField.Type.LONG, true),
                    new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_DATE, SortField.Type.LONG, true));
        };
    }

    /**
     * The stored documents of {@code docs} with their snippets for {@code words} (a document's opening
     * where nothing matched); with their paragraphs only when asked for (a result row never shows them).
     */
    private List<SearchHit> hits(OpenIndex index, Query words, TotalHits total, ScoreDoc[] docs, boolean withParagraphs)
            throws IOException {
        // Issue 21: the proximity phrase marks no word that the word clauses do not mark already, and
        // its spans took a quarter of the highlighting (the answers of `tenor bench http`'s mix were
        // byte-identical with and without it).
        Query marked = Rescoring.of(words).matching();
        if (docs.length < PARALLEL_HITS) {
            return hitsOf(index, marked, total, docs, withParagraphs);
        }
        // Issue 21: reading, highlighting and decoding the hits was a third of a search; one advisor
        // searching alone gets the second half built on another core, as a search's segment slices do.
        int half = docs.length / 2;
        ForkedTask<List<SearchHit>> second = ForkedTask.fork(slices,
                () -> hitsOf(index, marked, total, Arrays.copyOfRange(docs, half, docs.length), withParagraphs));
        List<SearchHit> hits = new ArrayList<>(hitsOf(index, marked, total, Arrays.copyOfRange(docs, 0, half), withParagraphs));
        hits.addAll(second.join());
        return hits;
    }

    private List<SearchHit> hitsOf(OpenIndex index, Query marked, TotalHits total, ScoreDoc[] docs, boolean withParagraphs)
            throws IOException {
        // Issue 21: each hit's stored fields are read (decompressed) once, for the snippet and the document.
        StoredFields stored = index.searcher.storedFields();
        org.apache.lucene.document.Document[] fields = new org.apache.lucene.document.Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            fields[i] = stored.document(docs[i].doc, HIT_FIELDS);
        }
        String[] snippetHtml = snippets.snippets(index.searcher, index.fieldInfos, marked, total, docs, fields);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = withParagraphs ? document(fields[i])
                    : mapper.rowFromStored(fields[i].get(IndexFields.SOURCE), fields[i].get(IndexFields.TEXT));
            hits.add(new SearchHit(doc, snippetHtml[i] != null ? snippetHtml[i] : snippets.fallback(doc)));
        }
        return hits;
    }

    /**
     * For exports: the first {@code max} matches of {@code request} (query, facets, dates, ranges) in
     * {@code order}, and how many there are in all. No facet counts; snippets only when asked for
     * (the citation list finds the paragraph number in them); others get the document's opening.
     * The request's page and page size are ignored.
     */
    public Rows rows(SearchRequest request, SortOrder order, int max, boolean withSnippets) throws IOException {
        if (max < 1 || max > MAX_WINDOW) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_WINDOW + ", not " + max);
        }
        return bounded(request.query(), index -> {
            Query words = requestQuery.words(request);
            // Counts every match: the export states the total next to what it holds.
            TopDocs top = index.searcher.search(requestQuery.filtered(words, request),
                    new TopFieldCollectorManager(sort(order), max, null, Integer.MAX_VALUE));
            List<SearchHit> hits;
            if (withSnippets) {
                hits = hits(index, words, top.totalHits, top.scoreDocs, true);
            } else {
                StoredFields stored = index.searcher.storedFields();
                hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = load(stored, sd.doc);
                    hits.add(new SearchHit(doc, snippets.fallback(doc)));
                }
            }
            return new Rows(top.totalHits.value(), hits);
        });
    }

    /** What {@link #rows} returns: the rows in order and the number of all matches. */
    public record Rows(long total, List<SearchHit> hits) {
        public Rows {
            hits = List.copyOf(hits);
        }
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

    private Map<Facet, List<FacetCount>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<Facet, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> selected = request.selected(facet);
            List<FacetCount> counts = new ArrayList<>();
            FacetResult fr = topChildren(facets, facet.field());
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
            if (facet == Facet.YEAR) {
                counts.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(facet, List.copyOf(counts));
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

    private static Map<Facet, List<FacetCount>> emptyFacets(SearchRequest request) {
        Map<Facet, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            out.put(facet, request.selected(facet).stream().map(v -> new FacetCount(v, 0, true)).toList());
        }
        return out;
    }

    /** Issue 7: city, year, court branch and procedure × outcome counts of the rulings matching {@code request}. */
    public OutcomeTable outcomeTable(SearchRequest request) throws IOException {
        return bounded(request.query(), index -> OutcomeTable.count(index.searcher, index.facetState, requestQuery, request));
    }

    /**
     * Issue 11: the rulings matching {@code request} (query, facets, dates and ranges) that state
     * weekly hours or monthly pay, newest first, at most {@code max}; for the threshold view.
     */
    public List<Document> withEmploymentFacts(SearchRequest request, int max) throws IOException {
        return bounded(request.query(), index -> {
            Query stated = new BooleanQuery.Builder()
                    .add(new FieldExistsQuery(IndexFields.WEEKLY_HOURS), BooleanClause.Occur.SHOULD)
                    .add(new FieldExistsQuery(IndexFields.MONTHLY_PAY), BooleanClause.Occur.SHOULD)
                    .build();
            Query q = new BooleanQuery.Builder()
                    .add(requestQuery.filtered(request), BooleanClause.Occur.MUST)
                    .add(stated, BooleanClause.Occur.FILTER).build();
            return newestFirst(index, q, Math.max(1, max));
        });
    }

    /** Issue 16: whether the index holds documents of the fictional demo corpus (the start page says so). */
    public boolean holdsSampleDocuments() throws IOException {
        return withIndex(index -> index.searcher.getIndexReader().docFreq(new Term(IndexFields.SAMPLE, "true")) > 0);
    }

    /** Issue 7: documents with any of these exact keyword terms (dockets, cited dockets, EuGH numbers), newest first. */
    public List<Document> withAnyTerm(List<Term> terms, int max) throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
        Query query = any.build();
        return withIndex(index -> newestFirst(index, query, max));
    }

    private Document load(StoredFields stored, int docId) throws IOException {
        return document(stored.document(docId, HIT_FIELDS));
    }

    private Document document(org.apache.lucene.document.Document fields) {
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
        Optional<PointerWatch.Stamp> changed = pointer.changed();
        if (changed.isEmpty()) {
            return;
        }
        Optional<Path> published = location.current();
        if (published.isEmpty() || published.get().getFileName().toString().equals(current.generation)) {
            pointer.read(changed.get());
            return;
        }
        synchronized (this) {
            if (!published.get().getFileName().toString().equals(current.generation)) {
                OpenIndex fresh = OpenIndex.open(published.get(), current, facetsConfig, deadline, slices);
                OpenIndex old = current;
                current = fresh;
                old.release();
            }
        }
        pointer.read(changed.get());
    }

    @Override
    public void close() throws IOException {
        slicePool.shutdown();
        current.release();
    }
}
