package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.search.Citations;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Handlers: each parses the request, asks the {@link Searcher}, renders. */
final class SearchRoutes {

    /** Below this many hits a spelling suggestion is offered. */
    static final int FEW_HITS = 3;
    static final int SUGGESTIONS = 8;
    static final int SIMILAR = 5;

    private final Searcher searcher;
    private final WebApp web;
    private final Citations citations;

    SearchRoutes(Searcher searcher, WebApp web) {
        this.searcher = searcher;
        this.web = web;
        this.citations = new Citations(searcher);
    }

    void searchPage(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        long start = System.nanoTime();
        SearchResult result = search(ctx, request);
        long tookMs = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        UiText t = UiText.of(ctx);
        SearchPage page = SearchPages.of(result, t).withTook(t.get("results.took", t.number(tookMs)));
        page = page.withSampleBanner(page.isStart() && searcher.holdsSampleDocuments()); // issue 16
        Optional<String> suggestion = didYouMean(result);
        web.html(ctx, "search.jte", suggestion.isEmpty() ? page : page.withDidYouMean(
                new SearchPage.DidYouMean(suggestion.get(), new SearchUrls(request).withQuery(suggestion.get()))), t);
    }

    void apiSearch(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        SearchResult result = search(ctx, request);
        Map<String, Object> body = JsonViews.search(result, SearchParams.facetLimit(ctx));
        didYouMean(result).ifPresent(s -> body.put("didYouMean", s));
        web.json(ctx, body);
    }

    /** Autocomplete for the search box: {@code {"query": …, "suggestions": […]}}, at most {@link #SUGGESTIONS}. */
    void apiSuggest(Context ctx) throws IOException {
        String q = ctx.queryParamAsClass("q", String.class).getOrDefault("");
        if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
            throw new InvalidQueryException("Parameter q ist zu lang (" + q.length() + " Zeichen, höchstens "
                    + SearchRequest.MAX_QUERY_CHARS + ").");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("suggestions", searcher.complete(q, SUGGESTIONS));
        web.json(ctx, m);
    }

    void helpPage(Context ctx) {
        web.html(ctx, "help.jte", new HelpPage(HelpPage.EXAMPLES));
    }

    /** Issue 17: a typo is corrected at once, unless the user asked for the query as typed. */
    private SearchResult search(Context ctx, SearchRequest request) throws IOException {
        return SearchParams.correctTypos(ctx) ? searcher.searchCorrectingTypos(request) : searcher.search(request);
    }

    /** Only when the query found little and was not corrected already: a suggestion next to many hits is noise. */
    private Optional<String> didYouMean(SearchResult result) throws IOException {
        String q = result.request().query();
        return q.isBlank() || result.total() >= FEW_HITS || result.correction() != null
                ? Optional.empty() : searcher.didYouMean(q);
    }

    void documentPage(Context ctx) throws IOException {
        Optional<Document> doc = searcher.document(ctx.pathParam("id"));
        if (doc.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        UiText t = UiText.of(ctx);
        web.html(ctx, "document.jte", DocumentPage.of(doc.get(), searcher.similar(doc.get().id(), SIMILAR), t)
                .withCitations(CitationSection.of(doc.get(), citations.of(doc.get()))), t);
    }

    void apiDocument(Context ctx) throws IOException {
        Optional<Document> doc = searcher.document(ctx.pathParam("id"));
        if (doc.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        web.json(ctx, DocumentJson.toMap(doc.get()));
    }

    void health(Context ctx) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("documents", searcher.documentCount());
        m.put("indexVersion", searcher.indexVersion());
        web.json(ctx, m);
    }
}
