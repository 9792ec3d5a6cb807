package de.tenor.web;

import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import de.tenor.search.SortOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first {@value #CAP} hits of a search, fetched page by page (with snippets): what the CSV,
 * JSON and citation exports write. The cap keeps one export from tying up the server; it is
 * documented in the README and stated in the file when it is reached.
 *
 * @param total all hits of the search; more than {@code hits.size()} means the export was capped
 */
record ExportRows(SearchRequest request, long total, List<SearchHit> hits) {

    static final int CAP = 1000;
    private static final int PAGE = SearchRequest.MAX_PAGE_SIZE;

    ExportRows {
        hits = List.copyOf(hits);
    }

    boolean capped() {
        return total > hits.size();
    }

    /** @param sort null keeps the request's order (relevance for a query, else newest first) */
    static ExportRows fetch(Searcher searcher, SearchRequest request, int max, SortOrder sort) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        for (int page = 1; hits.size() < max; page++) {
            int size = Math.min(PAGE, max);
            SearchRequest r = new SearchRequest(request.query(), request.filters(), request.from(), request.to(),
                    sort != null ? sort : request.sort(), page, size, request.facts());
            SearchResult result = searcher.search(r);
            total = result.total();
            if (result.hits().isEmpty()) {
                break;
            }
            hits.addAll(result.hits().subList(0, Math.min(result.hits().size(), max - hits.size())));
            if (hits.size() >= total) {
                break;
            }
        }
        return new ExportRows(request, total, hits);
    }

    /** "Export auf 1.000 von 1.234 Treffern begrenzt. …", or null when everything is in the file. */
    String capNote() {
        if (!capped()) {
            return null;
        }
        return String.format(java.util.Locale.GERMANY,
                "Export auf %,d von %,d Treffern begrenzt (höchstens %,d je Export). Bitte die Suche eingrenzen, "
                        + "z. B. mit Filtern für Stadt, Jahr oder Gericht.", hits.size(), total, CAP);
    }
}
