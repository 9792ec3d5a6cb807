package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
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

    private final Searcher searcher;
    private final WebApp web;

    SearchRoutes(Searcher searcher, WebApp web) {
        this.searcher = searcher;
        this.web = web;
    }

    void searchPage(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        SearchResult result = searcher.search(request);
        web.html(ctx, "search.jte", SearchPages.of(result));
    }

    void apiSearch(Context ctx) throws IOException {
        SearchRequest request = SearchParams.from(ctx);
        web.json(ctx, JsonViews.search(searcher.search(request)));
    }

    void documentPage(Context ctx) throws IOException {
        Optional<Document> doc = searcher.document(ctx.pathParam("id"));
        if (doc.isEmpty()) {
            web.notFound(ctx);
            return;
        }
        web.html(ctx, "document.jte", DocumentPage.of(doc.get()));
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
