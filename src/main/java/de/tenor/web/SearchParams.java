package de.tenor.web;

import de.tenor.search.Facet;
import de.tenor.search.FactFilter;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.SearchRequest;
import de.tenor.search.SortOrder;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the search parameters shared by the HTML page, the JSON API and exports. */
final class SearchParams {

    /** Issue 17: {@code typed=1} searches the query as typed, without spelling correction. */
    static final String AS_TYPED = "typed";

    private SearchParams() {
    }

    /** Filters keyed by their URL parameter, as the JSON export writes them ({@code {"city": ["Duisburg"]}}). */
    static Map<String, List<String>> byParam(Map<Facet, List<String>> filters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        filters.forEach((facet, values) -> out.put(facet.param(), values));
        return out;
    }

    static SearchRequest from(Context ctx) {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = ctx.queryParams(facet.param());
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String sort = blankToNull(ctx.queryParam("sort"));
        return new SearchRequest(
                ctx.queryParam("q"),
                filters,
                date(ctx, "from"),
                date(ctx, "to"),
                sort == null ? null : SortOrder.fromParam(sort),
                integer(ctx, "page", 1),
                integer(ctx, "pageSize", SearchRequest.DEFAULT_PAGE_SIZE),
                // Issue 11: hour and pay ranges; bad numbers are a 400 with the reason
                FactFilter.parse(ctx.queryParam("hoursMin"), ctx.queryParam("hoursMax"), ctx.queryParam("payMin"),
                        ctx.queryParam("payMax")));
    }

    /** Issue 17: whether a query with an unknown word may be searched in its corrected spelling. */
    static boolean correctTypos(Context ctx) {
        return !"1".equals(ctx.queryParam(AS_TYPED));
    }

    private static LocalDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Parameter " + name + "=" + value
                    + " ist kein Datum. Bitte im Format JJJJ-MM-TT angeben, z. B. 2024-05-13.");
        }
    }

    /**
     * Issue 21: values per facet dimension in {@code /api/search} (the {@code norm} facet alone had ~200,
     * most of each response). {@code facetLimit=0} asks for all of them.
     */
    static final int DEFAULT_FACET_LIMIT = 20;

    static int facetLimit(Context ctx) {
        int limit = integer(ctx, "facetLimit", DEFAULT_FACET_LIMIT);
        if (limit < 0) {
            throw new InvalidQueryException("Parameter facetLimit=" + limit + " ist negativ (0 = alle Werte).");
        }
        return limit;
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("Parameter " + name + "=" + value + " ist keine ganze Zahl.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
