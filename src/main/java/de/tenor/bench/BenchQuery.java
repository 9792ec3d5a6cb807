package de.tenor.bench;

import de.tenor.search.Facet;
import de.tenor.search.SearchRequest;
import java.util.List;
import java.util.Map;

/**
 * One query of the benchmark mix, as a user would send it from the search page.
 *
 * @param kind what the user meant, so the baseline can take the minimal route for it
 * @param text the search box, exactly as typed
 * @param filters ticked facet values; values of one dimension OR-ed, dimensions AND-ed
 */
public record BenchQuery(Kind kind, String text, Map<Facet, List<String>> filters) {

    /** The shapes of the mix; {@code RARE} is one word that occurs in a handful of documents (issue 21). */
    public enum Kind { WORDS, PHRASE, DOCKET, BROWSE, RARE }

    public BenchQuery {
        filters = Map.copyOf(filters);
    }

    /** The request the web UI builds for it: first page, ten hits, default sort. */
    public SearchRequest request() {
        return new SearchRequest(text, filters, null, null, null, 1, SearchRequest.DEFAULT_PAGE_SIZE);
    }
}
