package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 21: {@code /api/search} caps the values per facet dimension and says how many it left off. */
class FacetLimitWebTest extends DemoHttpTest {

    @Test
    void facet_values_are_capped_per_dimension_and_the_rest_is_counted() throws Exception {
        JsonNode all = getJson("/api/search?q=&facetLimit=0");
        assertFalse(all.has("facetsMore"), "facetLimit=0 lists every value");
        JsonNode capped = getJson("/api/search?q=&facetLimit=2");
        int cut = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = all.get("facets").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> dim = it.next();
            JsonNode full = dim.getValue();
            JsonNode top = capped.get("facets").get(dim.getKey());
            assertEquals(Math.min(2, full.size()), top.size(), dim.getKey());
            for (int i = 0; i < top.size(); i++) {
                assertEquals(full.get(i), top.get(i), "the first values by count stay: " + dim.getKey());
            }
            if (full.size() > 2) {
                cut++;
                assertEquals(full.size() - 2, capped.get("facetsMore").get(dim.getKey()).asInt(), dim.getKey());
            } else {
                assertFalse(capped.path("facetsMore").has(dim.getKey()), dim.getKey());
            }
        }
        assertTrue(cut > 0, "the demo corpus has dimensions with more than two values");
        assertEquals(all.get("hits"), capped.get("hits"), "the cap changes facets only");
        assertEquals(all.get("total"), capped.get("total"));
    }

    @Test
    void a_selected_value_is_listed_even_beyond_the_cap() throws Exception {
        JsonNode cities = getJson("/api/search?q=&facetLimit=0").get("facets").get("city");
        assertTrue(cities.size() > 1, cities.toString());
        String last = cities.get(cities.size() - 1).get("value").asText();
        JsonNode capped = getJson("/api/search?q=&facetLimit=1&city=" + enc(last)).get("facets").get("city");
        boolean listed = false;
        for (JsonNode v : capped) {
            listed |= v.get("value").asText().equals(last) && v.path("selected").asBoolean();
        }
        assertTrue(listed, capped.toString());
    }

    @Test
    void the_default_cap_is_documented_and_applied() throws Exception {
        JsonNode body = getJson("/api/search?q=");
        body.get("facets").forEach(values -> assertTrue(values.size() <= SearchParams.DEFAULT_FACET_LIMIT, values.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "viele"})
    void a_bad_facet_limit_is_400(String limit) throws Exception {
        HttpResponse<String> r = get("/api/search?q=&facetLimit=" + enc(limit));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(json.readTree(r.body()).get("error").asText().contains("facetLimit"), r.body());
    }
}
