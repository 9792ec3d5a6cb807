package de.tenor.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;

/**
 * The one place a {@link SearchRequest} becomes a Lucene query: the user's query, then the dates,
 * hour and pay ranges, then the ticked facet values as drill-down. Searches, the outcome table and
 * the threshold view all build it here, so they always agree on what a request matches.
 */
final class RequestQuery {

    private final QueryFactory queries;
    private final FacetsConfig facetsConfig;

    RequestQuery(QueryFactory queries, FacetsConfig facetsConfig) {
        this.queries = queries;
        this.facetsConfig = facetsConfig;
    }

    /** The request's words as a query, without dates, ranges or facets (for highlighting and counting). */
    Query words(SearchRequest request) {
        return queries.userQuery(request.query());
    }

    /** {@code query} restricted to the request's dates and hour and pay ranges; facets not yet applied. */
    Query withRanges(Query query, SearchRequest request) {
        return queries.withFactRanges(queries.withDateRange(query, request.from(), request.to()), request.facts());
    }

    /** The request's words with its dates and ranges: what drill-sideways counts facets against. */
    Query base(SearchRequest request) {
        return withRanges(words(request), request);
    }

    /** {@code base} with the ticked values of {@code filters}: OR within a facet, AND between facets. */
    DrillDownQuery drillDown(Query base, Map<Facet, List<String>> filters) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
        filters.forEach((facet, values) -> values.forEach(v -> drill.add(facet.field(), v)));
        return drill;
    }

    /** {@code query} with the request's dates, ranges and facet filters. */
    DrillDownQuery filtered(Query query, SearchRequest request) {
        return drillDown(withRanges(query, request), request.filters());
    }

    /** The whole request as one query. */
    DrillDownQuery filtered(SearchRequest request) {
        return filtered(words(request), request);
    }
}
