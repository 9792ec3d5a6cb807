package de.tenor.web;

import de.tenor.search.FactFilter;
import java.util.List;

/**
 * Everything the results page shows, already formatted; the template only loops and branches.
 *
 * @param error a message for the user when the query could not be run, else null
 * @param didYouMean a spelling suggestion (issue 6), else null
 * @param tookText how long the search took, e.g. "Suchzeit: 12 ms" (issue 10); empty when not measured
 * @param facts issue 11: the hour and pay ranges of the search, for the form and the tool links
 * @param notes issue 17: spelling correction and matches that miss a word, else null
 * @param sampleBanner issue 16: the start page of an index holding sample data says so
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
        DidYouMean didYouMean,
        String tookText,
        FactFilter facts,
        QueryNotes notes,
        boolean sampleBanner) {

    /**
     * Issue 17: what the search did with the query. {@code correctedQuery} and {@code typedUrl} are
     * set when the query was searched in its corrected spelling ({@code typedUrl} searches it as
     * typed); {@code missingWordsText} when some results lack a word.
     */
    public record QueryNotes(String correctedQuery, String typedQuery, String typedUrl, String missingWordsText) {
    }

    /** The same page with notes about the query. */
    public SearchPage withNotes(QueryNotes n) {
        return new SearchPage(query, sort, sortParam, from, to, total, totalText, hits, facets, activeFilters,
                clearFiltersUrl, prevUrl, nextUrl, page, totalPages, relevanceUrl, dateUrl, error, didYouMean, tookText, facts, n, sampleBanner);
    }

    /** "Meinten Sie …?": the corrected query and the link that runs it; null when the query looks fine. */
    public record DidYouMean(String query, String url) {
    }

    /** The same page with a spelling suggestion. */
    public SearchPage withDidYouMean(DidYouMean suggestion) {
        return new SearchPage(query, sort, sortParam, from, to, total, totalText, hits, facets, activeFilters,
                clearFiltersUrl, prevUrl, nextUrl, page, totalPages, relevanceUrl, dateUrl, error, suggestion, tookText, facts, notes, sampleBanner);
    }

    /** Issue 16: the same page with or without the sample-data banner. */
    public SearchPage withSampleBanner(boolean show) {
        return new SearchPage(query, sort, sortParam, from, to, total, totalText, hits, facets, activeFilters,
                clearFiltersUrl, prevUrl, nextUrl, page, totalPages, relevanceUrl, dateUrl, error, didYouMean, tookText, facts, notes, show);
    }

    /** Whether this is the start page: no query, no filter. */
    public boolean isStart() {
        return query.isEmpty() && activeFilters.isEmpty() && error == null;
    }

    /** Issue 10: the same page with the time the search took. */
    public SearchPage withTook(String text) {
        return new SearchPage(query, sort, sortParam, from, to, total, totalText, hits, facets, activeFilters,
                clearFiltersUrl, prevUrl, nextUrl, page, totalPages, relevanceUrl, dateUrl, error, didYouMean, text, facts, notes, sampleBanner);
    }

    public record Hit(String url, String title, String typeLabel, String court, String decisionType, String date,
                      String docket, String city, String outcome, String outcomeLabel, String outlet,
                      String snippetHtml, String procedure, String factsText, boolean sample) {
    }

    /** A facet group; long groups show {@link #SHOWN} values and the rest behind "mehr anzeigen" (issue 10). */
    public record Facet(String name, String label, List<FacetValue> values) {

        static final int SHOWN = 8;
        /** A fold for one or two values costs more than it saves. */
        private static final int FOLD_ABOVE = 10;
        /** Open without a click; the others start collapsed unless one of their values is ticked. */
        private static final List<String> OPEN = List.of("city", "outcome", "workerStatus", "court", "type", "year");

        public List<FacetValue> shown() {
            return values.size() <= FOLD_ABOVE ? values : values.subList(0, SHOWN);
        }

        public List<FacetValue> more() {
            return values.size() <= FOLD_ABOVE ? List.of() : values.subList(SHOWN, values.size());
        }

        public boolean moreOpen() {
            return more().stream().anyMatch(FacetValue::selected);
        }

        public boolean open() {
            return OPEN.contains(name) || values.stream().anyMatch(FacetValue::selected);
        }

        public int selectedCount() {
            return (int) values.stream().filter(FacetValue::selected).count();
        }
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
        SearchUrls.factParams(q, facts);
        if (!sortParam.isEmpty()) {
            q.add("sort=" + sortParam);
        }
        return q.toString();
    }

    /** Issue 11: the threshold view (hours × pay) for this search. */
    public String thresholdUrl() {
        return "/schwellen" + toolQuery();
    }

    public String hoursMin() {
        return FactFilter.format(facts.hoursMin());
    }

    public String hoursMax() {
        return FactFilter.format(facts.hoursMax());
    }

    public String payMin() {
        return FactFilter.format(facts.payMin());
    }

    public String payMax() {
        return FactFilter.format(facts.payMax());
    }

    public String compareUrl() {
        return "/vergleich" + toolQuery();
    }

    public String feedUrl() {
        return "/feed.atom" + toolQuery();
    }
}
