package de.tenor.web;

import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /vergleich}: the city × outcome comparison for the search in the URL. */
final class CompareRoutes {

    private final Searcher searcher;
    private final WebApp web;

    CompareRoutes(Searcher searcher, WebApp web) {
        this.searcher = searcher;
        this.web = web;
    }

    void comparePage(Context ctx) throws IOException {
        SearchRequest request = OnTopic.only(SearchParams.from(ctx));
        web.html(ctx, "compare.jte", ComparePages.of(searcher.outcomeTable(request)));
    }
}
