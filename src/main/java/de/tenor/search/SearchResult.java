package de.tenor.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}; HTML page, JSON API and CLI all render this.
 *
 * @param facets per dimension (in {@code IndexFields.FACETS} order) the values with counts; for a
 *               dimension with active filters the counts are drill-sideways counts, so the other
 *               values stay visible with what selecting them would add
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    public int totalPages() {
        return (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }
}
