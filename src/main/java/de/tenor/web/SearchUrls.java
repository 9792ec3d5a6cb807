package de.tenor.web;

import de.tenor.search.Facet;
import de.tenor.search.FactFilter;
import de.tenor.search.SearchRequest;
import de.tenor.search.SortOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds shareable URLs for a search and its variations (another page, a filter removed).
 * Parameters always come in the same order, so equal searches have equal URLs.
 */
final class SearchUrls {

    private final SearchRequest request;

    SearchUrls(SearchRequest request) {
        this.request = request;
    }

    String current(String path) {
        return build(path, request.filters(), request.page(), request.sort());
    }

    String page(int page) {
        return build("/search", request.filters(), page, request.sort());
    }

    String sortedBy(SortOrder sort) {
        return build("/search", request.filters(), 1, sort);
    }

    String without(Facet dim, String value) {
        Map<Facet, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> values = new ArrayList<>(filters.getOrDefault(dim, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            filters.remove(dim);
        } else {
            filters.put(dim, values);
        }
        return build("/search", filters, 1, request.sort());
    }

    /** Issue 7: this search with other filters on another route (comparison cells, exports, feed); page 1. */
    String with(String path, Map<Facet, List<String>> filters) {
        return build(path, filters, 1, request.sort());
    }

    /** Issue 17: this search with the query as typed, without spelling correction ({@code typed=1}), page 1. */
    String asTyped(String typed) {
        return withQuery(typed) + "&" + SearchParams.AS_TYPED + "=1";
    }

    /** Issue 6: this search with another query ("Meinten Sie …?"), page 1. */
    String withQuery(String query) {
        return new SearchUrls(request.withQuery(query)).current("/search");
    }

    String withoutFilters() {
        return request.query().isEmpty() ? "/search" : "/search?q=" + enc(request.query());
    }

    String withoutDates() {
        return build("/search", request.filters(), 1, request.sort(), false);
    }

    /** Issue 11: this search without its range on weekly hours, page 1. */
    String withoutHours() {
        return new SearchUrls(request.withFacts(request.facts().withoutHours())).page(1);
    }

    /** Issue 11: this search without its range on monthly pay, page 1. */
    String withoutPay() {
        return new SearchUrls(request.withFacts(request.facts().withoutPay())).page(1);
    }

    private String build(String path, Map<Facet, List<String>> filters, int page, SortOrder sort) {
        return build(path, filters, page, sort, true);
    }

    private String build(String path, Map<Facet, List<String>> filters, int page, SortOrder sort, boolean dates) {
        StringJoiner q = new StringJoiner("&");
        if (!request.query().isEmpty()) {
            q.add("q=" + enc(request.query()));
        }
        for (Facet facet : Facet.values()) {
            for (String v : filters.getOrDefault(facet, List.of())) {
                q.add(facet.param() + "=" + enc(v));
            }
        }
        if (dates && request.from() != null) {
            q.add("from=" + request.from());
        }
        if (dates && request.to() != null) {
            q.add("to=" + request.to());
        }
        factParams(q, request.facts());
        if (sort != null) {
            q.add("sort=" + sort.param());
        }
        if (request.pageSize() != SearchRequest.DEFAULT_PAGE_SIZE) {
            q.add("pageSize=" + request.pageSize());
        }
        if (page > 1) {
            q.add("page=" + page);
        }
        return q.length() == 0 ? path : path + "?" + q;
    }

    /** Issue 11: hoursMin, hoursMax, payMin, payMax, in this order, for the bounds that are set. */
    static void factParams(StringJoiner q, FactFilter f) {
        if (f.hoursMin() != null) {
            q.add("hoursMin=" + FactFilter.format(f.hoursMin()));
        }
        if (f.hoursMax() != null) {
            q.add("hoursMax=" + FactFilter.format(f.hoursMax()));
        }
        if (f.payMin() != null) {
            q.add("payMin=" + FactFilter.format(f.payMin()));
        }
        if (f.payMax() != null) {
            q.add("payMax=" + FactFilter.format(f.payMax()));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
