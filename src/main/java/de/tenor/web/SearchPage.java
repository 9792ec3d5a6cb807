package de.tenor.web;

import java.util.List;

/**
 * Everything the results page shows, already formatted; the template only loops and branches.
 *
 * @param error a message for the user when the query could not be run, else null
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
        String error) {

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
}
