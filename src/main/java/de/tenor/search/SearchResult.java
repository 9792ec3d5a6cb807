package de.tenor.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}; HTML page, JSON API and CLI all render this.
 *
 * @param facets        per dimension (in {@link Facet} order) the values with counts; for a
 *                      dimension with active filters the counts are drill-sideways counts, so the other
 *                      values stay visible with what selecting them would add
 * @param allWordsTotal issue 17: how many of the {@code total} matches contain every meaningful word
 *                      of the query; less than {@code total} when some miss a word
 * @param correction    issue 17: the query as typed when this result is for its spelling correction, else null
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets,
                           long allWordsTotal, Correction correction) {

    /** The query as typed, which had a word unknown to the index, and how many documents it finds. */
    public record Correction(String typed, long typedTotal) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** A result where every match contains every word. */
    public SearchResult(SearchRequest request, long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
        this(request, total, hits, facets, total, null);
    }

    /** True when some matches lack a word of the query (the complete ones come first). */
    public boolean missesWords() {
        return allWordsTotal < total;
    }

    SearchResult correctedFrom(String typed, long typedTotal) {
        return new SearchResult(request, total, hits, facets, allWordsTotal, new Correction(typed, typedTotal));
    }

    public int totalPages() {
        return (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }
}
