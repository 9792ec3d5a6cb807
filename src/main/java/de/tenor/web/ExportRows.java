package de.tenor.web;

import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import de.tenor.search.SortOrder;
import java.io.IOException;
import java.util.List;

/**
 * The first {@value #CAP} hits of a search, in one search without facet counts: what the CSV,
 * JSON and citation exports write. The cap keeps one export from tying up the server; it is
 * documented in the README and stated in the file when it is reached.
 *
 * @param total all hits of the search; more than {@code hits.size()} means the export was capped
 */
record ExportRows(SearchRequest request, long total, List<SearchHit> hits) {

    static final int CAP = 1000;

    ExportRows {
        hits = List.copyOf(hits);
    }

    boolean capped() {
        return total > hits.size();
    }

    /**
     * @param sort null keeps the request's order (relevance for a query, else newest first)
     * @param withSnippets whether the rows need their matched passages (the citation list finds the Rn. in them)
     */
    static ExportRows fetch(Searcher searcher, SearchRequest request, int max, SortOrder sort, boolean withSnippets)
            throws IOException {
        Searcher.Rows rows = searcher.rows(request, sort != null ? sort : request.effectiveSort(), max, withSnippets);
        return new ExportRows(request, rows.total(), rows.hits());
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
