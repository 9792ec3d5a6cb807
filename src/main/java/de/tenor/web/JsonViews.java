package de.tenor.web;

import de.tenor.search.FacetCount;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of docs/INTERFACE.md, built from the same result records the HTML pages use. */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> search(SearchResult result) {
        return search(result, 0);
    }

    /**
     * Issue 21: with {@code facetLimit > 0} each facet dimension lists its first {@code facetLimit} values
     * (by count) plus any selected ones; {@code facetsMore} then says per dimension how many were left off.
     * 0 lists all values.
     */
    static Map<String, Object> search(SearchResult result, int facetLimit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", result.request().query());
        m.put("total", result.total());
        // Issue 17: how many results contain every word, and the query as typed if it was corrected.
        m.put("allWordsTotal", result.allWordsTotal());
        if (result.correction() != null) {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("query", result.correction().typed());
            typed.put("total", result.correction().typedTotal());
            m.put("correctedFrom", typed);
        }
        m.put("page", result.request().page());
        m.put("pageSize", result.request().pageSize());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            hits.add(DocumentView.of(h, DocumentView.HIT, ""));
        }
        m.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> more = new LinkedHashMap<>();
        result.facets().forEach((dim, counts) -> {
            List<Map<String, Object>> values = new ArrayList<>();
            for (FacetCount c : counts) {
                if (facetLimit > 0 && values.size() >= facetLimit && !c.selected()) {
                    more.merge(dim.param(), 1, (a, b) -> (Integer) a + 1);
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("value", c.value());
                v.put("count", c.count());
                if (c.selected()) {
                    v.put("selected", true);
                }
                values.add(v);
            }
            facets.put(dim.param(), values);
        });
        m.put("facets", facets);
        if (!more.isEmpty()) {
            m.put("facetsMore", more);
        }
        return m;
    }

    static Map<String, Object> error(String message, String hint) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        if (hint != null) {
            m.put("hint", hint);
        }
        return m;
    }
}
