package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP contract of INTERFACE.md against the real server over the demo corpus. */
class WebAppTest extends DemoHttpTest {




    @Test
    void health_reports_the_demo_corpus() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        JsonNode body = json.readTree(r.body());
        assertEquals("ok", body.get("status").asText());
        assertTrue(body.get("documents").asInt() >= 75, r.body());
        assertTrue(body.get("indexVersion").asText().startsWith("gen-"), r.body());
        assertEquals(0, server.summary.failures().size(), "demo files that failed: " + server.summary.failures());
    }

    @Test
    void two_cities_and_won_return_only_won_rulings_from_those_cities_and_keep_other_city_counts() throws Exception {
        JsonNode body = getJson("/api/search?q=Verlustfeststellung&city=Gelsenkirchen&city=Duisburg&outcome=won&pageSize=100");
        assertTrue(body.get("total").asInt() > 0, "expected won Verlustfeststellung rulings in Gelsenkirchen/Duisburg");
        assertEquals(body.get("total").asInt(), body.get("hits").size());
        Set<String> cities = new HashSet<>();
        for (JsonNode hit : body.get("hits")) {
            assertEquals("won", hit.get("outcome").asText(), hit.toString());
            cities.add(hit.get("city").asText());
        }
        assertEquals(Set.of("Gelsenkirchen", "Duisburg"), cities);
        List<String> facetCities = new ArrayList<>();
        body.get("facets").get("city").forEach(v -> facetCities.add(v.get("value").asText()));
        assertTrue(facetCities.size() > 2 && facetCities.contains("Dortmund"),
                "other cities stay visible with counts: " + facetCities);
    }

    @Test
    void search_hits_carry_the_contract_fields_and_highlighted_snippets() throws Exception {
        JsonNode body = getJson("/api/search?q=Minijob");
        JsonNode hit = body.get("hits").get(0);
        for (String field : List.of("id", "type", "title", "court", "decisionType", "date", "docket", "ecli", "city", "outcome", "url", "snippet")) {
            assertTrue(hit.has(field), "missing " + field + " in " + hit);
        }
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
        for (String dim : List.of("city", "outcome", "court", "type", "year")) {
            assertTrue(body.get("facets").has(dim), "missing facet " + dim);
        }
    }

    @Test
    void document_page_shows_metadata_and_the_tenor_before_the_full_text() throws Exception {
        String id = getJson("/api/search?q=Verlustfeststellung&type=ruling").get("hits").get(0).get("id").asText();
        HttpResponse<String> page = get("/doc/" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Beispieldaten – keine echten Entscheidungen"));
        int tenor = html.indexOf("id=\"tenor-h\"");
        int fullText = html.indexOf("id=\"text-h\"");
        assertTrue(tenor > 0 && fullText > tenor, "Tenor must come before the full text");
        assertTrue(html.contains("class=\"rn\""), "paragraph numbers (Rn.) are shown");
        JsonNode doc = getJson("/api/doc/" + id);
        assertEquals(id, doc.get("id").asText());
        assertFalse(doc.get("text").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arbeit AND (", "\"offen", "*"})
    void unparsable_query_is_400_json_with_message(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(q));
        assertEquals(400, r.statusCode());
        assertTrue(json.readTree(r.body()).get("error").asText().contains("ungültig"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void overlong_query_is_400_in_api_and_friendly_page_in_ui() throws Exception {
        String q = enc("Arbeitnehmer ".repeat(400));
        assertEquals(400, get("/api/search?q=" + q).statusCode());
        HttpResponse<String> page = get("/search?q=" + q);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("zu lang"), "the UI explains the problem");
        assertTrue(page.body().contains("<form"), "the UI keeps the search form");
    }

    @Test
    void bad_parameter_values_are_400_not_500() throws Exception {
        assertEquals(400, get("/api/search?page=abc").statusCode());
        assertEquals(400, get("/api/search?from=13.05.2024").statusCode());
        assertEquals(400, get("/api/search?sort=random").statusCode());
        assertEquals(400, get("/api/search?pageSize=100000").statusCode());
    }

    @Test
    void unknown_document_is_404_page_and_404_json() throws Exception {
        HttpResponse<String> page = get("/doc/does-not-exist");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Nicht gefunden"));
        HttpResponse<String> api = get("/api/doc/does-not-exist");
        assertEquals(404, api.statusCode());
        assertTrue(json.readTree(api.body()).has("error"));
    }

    @Test
    void unknown_facet_value_and_page_past_end_are_empty_results() throws Exception {
        assertEquals(0, getJson("/api/search?city=Atlantis").get("total").asInt());
        JsonNode far = getJson("/api/search?page=999");
        assertTrue(far.get("total").asInt() > 0);
        assertEquals(0, far.get("hits").size());
    }

    @Test
    void results_page_is_german_escapes_input_and_marks_sample_data() throws Exception {
        HttpResponse<String> r = get("/search?q=" + enc("<script>alert(1)</script>"));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)</script>"), "query must be escaped");
        assertTrue(r.body().contains("Keine Treffer"));
        // Issue 16: the banner on the start page of an index with sample data, a badge on each sample card.
        assertFalse(r.body().contains("Beispieldaten – keine echten Entscheidungen"), "no banner on a search page");
        HttpResponse<String> all = get("/");
        assertTrue(all.body().contains("Beispieldaten – keine echten Entscheidungen"));
        assertTrue(all.body().contains("class=\"badge sample\""));
        assertTrue(all.body().contains("lang=\"de\""));
        assertTrue(all.body().contains("Stadt (Behörde)"));
    }

    @Test
    void filtered_results_page_has_stable_removable_filter_links() throws Exception {
        String html = get("/search?q=Minijob&city=Duisburg&outcome=won").body();
        assertTrue(html.contains("href=\"/search?q=Minijob&amp;outcome=won\""), "removing the city keeps the rest");
        assertTrue(html.contains("href=\"/search?q=Minijob&amp;city=Duisburg\""), "removing the outcome keeps the rest");
    }

    @Test
    void a_search_over_the_time_limit_is_a_friendly_400_in_api_and_ui() throws Exception {
        // Same index, but a limit that has always passed: every search runs out of time.
        try (de.tenor.search.Searcher hurried = new de.tenor.search.Searcher(new de.tenor.index.IndexLocation(indexDir),
                java.time.Duration.ofNanos(1))) {
            io.javalin.Javalin app = WebApp.create(hurried, "127.0.0.1").start(0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=Minijob")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(400, api.statusCode(), api.body());
                assertTrue(json.readTree(api.body()).get("error").asText().contains("abgebrochen"), api.body());
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/search?q=Minijob")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(400, page.statusCode());
                assertTrue(page.body().contains("abgebrochen") && page.body().contains("<form"), "explained, with the search form kept");
                assertFalse(page.body().contains("Exception"));
            } finally {
                app.stop();
            }
        }
        assertEquals(200, get("/api/search?q=Minijob").statusCode(), "the served app with the default limit is unaffected");
    }



}
