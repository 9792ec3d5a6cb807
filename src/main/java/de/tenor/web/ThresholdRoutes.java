package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** {@code GET /schwellen} (issue 11): the threshold view of weekly hours × monthly pay for the search in the URL. */
final class ThresholdRoutes {

    /** Marks beyond this would hide each other; the page says when the newest {@value} are shown. */
    static final int CAP = 2000;

    private final Searcher searcher;
    private final WebApp web;

    ThresholdRoutes(Searcher searcher, WebApp web) {
        this.searcher = searcher;
        this.web = web;
    }

    void thresholdPage(Context ctx) throws IOException {
        SearchRequest request = OnTopic.only(SearchParams.from(ctx));
        List<Document> docs = searcher.withEmploymentFacts(request, CAP + 1);
        boolean capped = docs.size() > CAP;
        web.html(ctx, "schwellen.jte", ThresholdPages.of(request, capped ? docs.subList(0, CAP) : docs, capped));
    }
}
