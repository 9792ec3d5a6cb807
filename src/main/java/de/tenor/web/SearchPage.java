package de.tenor.web;

import java.util.List;

/**
 * Everything the results page shows, already formatted; the template only loops and branches.
 *
 * @param error a message for the user when the query could not be run, else null
 * @param didYouMean a spelling suggestion (issue 6), else null
 */
public record SearchPage(
        String query,
        String sort,
        String sortParam,
        String from,
        String to,
        long total,
        String totalText,
        List<Hit> hits,
        List<Facet> facets,
        List<ActiveFilter> activeFilters,
        String clearFiltersUrl,
        String prevUrl,
        String nextUrl,
        int page,
        int totalPages,
        String relevanceUrl,
        String dateUrl,
        String error,
        DidYouMean didYouMean) {

    /** "Meinten Sie …?": the corrected query and the link that runs it; null when the query looks fine. */
    public record DidYouMean(String query, String url) {
    }

    /** The same page with a spelling suggestion. */
    public SearchPage withDidYouMean(DidYouMean suggestion) {
        return new SearchPage(query, sort, sortParam, from, to, total, totalText, hits, facets, activeFilters,
                clearFiltersUrl, prevUrl, nextUrl, page, totalPages, relevanceUrl, dateUrl, error, suggestion);
    }

    public record Hit(String url, String title, String typeLabel, String court, String decisionType, String date,
                      String docket, String city, String outcome, String outcomeLabel, String outlet,
                      String snippetHtml) {
    }

    public record Facet(String name, String label, List<FacetValue> values) {
    }

    public record FacetValue(String value, String label, int count, boolean selected, String inputId) {
    }

    public record ActiveFilter(String label, String removeUrl) {
    }

    public boolean hasHits() {
        return !hits.isEmpty();
    }

    public boolean hasFilters() {
        return !activeFilters.isEmpty();
    }

    /**
     * Issue 7: this search (query, ticked facets, dates, sort) as a query string for the research
     * tools, e.g. {@code ?q=Minijob&city=Duisburg}; empty for "everything".
     */
    public String toolQuery() {
        java.util.StringJoiner q = new java.util.StringJoiner("&", "?", "").setEmptyValue("");
        if (!query.isEmpty()) {
            q.add("q=" + SearchUrls.enc(query));
        }
        for (Facet f : facets) {
            for (FacetValue v : f.values()) {
                if (v.selected()) {
                    q.add(f.name() + "=" + SearchUrls.enc(v.value()));
                }
            }
        }
        if (!from.isEmpty()) {
            q.add("from=" + from);
        }
        if (!to.isEmpty()) {
            q.add("to=" + to);
        }
        if (!sortParam.isEmpty()) {
            q.add("sort=" + sortParam);
        }
        return q.toString();
    }

    public String compareUrl() {
        return "/vergleich" + toolQuery();
    }

    public String feedUrl() {
        return "/feed.atom" + toolQuery();
    }
}
