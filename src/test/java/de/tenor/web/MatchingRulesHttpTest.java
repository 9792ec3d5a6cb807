package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 over real HTTP on the demo corpus: long queries match most words with complete matches
 * first, typos are corrected at once (and can be undone), old and new spellings meet, BVerwG dockets
 * match in slash spelling, question words need not match, and pages past the result window are a 400.
 */
class MatchingRulesHttpTest extends DemoHttpTest {

    @Test
    void three_words_find_documents_that_miss_one_with_the_complete_ones_first() throws Exception {
        JsonNode most = getJson("/api/search?pageSize=100&q=" + enc("Reinigungskraft Gelsenkirchen Minijob"));
        JsonNode every = getJson("/api/search?pageSize=100&q=" + enc("+Reinigungskraft +Gelsenkirchen +Minijob"));
        long complete = every.get("total").asLong();
        assertTrue(complete > 0, "some rulings have all three words");
        assertTrue(most.get("total").asLong() > complete, "more documents have two of the three words");
        assertEquals(complete, most.get("allWordsTotal").asLong());
        assertEquals(every.get("total").asLong(), every.get("allWordsTotal").asLong(), "+word stays exact");
        List<String> first = ids(most).subList(0, (int) complete);
        assertEquals(new java.util.HashSet<>(ids(every)), new java.util.HashSet<>(first),
                "the complete matches rank above every partial one");

        HttpResponse<String> page = get("/search?q=" + enc("Reinigungskraft Gelsenkirchen Minijob"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"missing-words\""), "the page says that some results miss a word");
        assertTrue(page.body().contains(complete + " von "), page.body());
    }

    @Test
    void two_words_and_phrases_stay_exact() throws Exception {
        JsonNode two = getJson("/api/search?q=" + enc("Reinigungskraft Gelsenkirchen"));
        assertEquals(two.get("total").asLong(), two.get("allWordsTotal").asLong());
        JsonNode and = getJson("/api/search?q=" + enc("Reinigungskraft UND Gelsenkirchen UND Minijob"));
        JsonNode plus = getJson("/api/search?q=" + enc("+Reinigungskraft +Gelsenkirchen +Minijob"));
        assertEquals(plus.get("total").asLong(), and.get("total").asLong(), "UND requires every word like +");
        assertFalse(get("/search?q=" + enc("Reinigungskraft Gelsenkirchen")).body().contains("id=\"missing-words\""));
    }

    @Test
    void a_typo_is_searched_corrected_at_once_and_the_original_is_one_click_away() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("Verlustfestellung Gelsenkirchen"));
        assertEquals("Verlustfeststellung Gelsenkirchen", r.get("query").asText());
        assertTrue(r.get("total").asLong() > 0);
        JsonNode typed = r.get("correctedFrom");
        assertEquals("Verlustfestellung Gelsenkirchen", typed.get("query").asText());
        assertEquals(0, typed.get("total").asLong(), "the misspelt word occurs nowhere, and two words must both match");

        HttpResponse<String> page = get("/search?q=" + enc("Verlustfestellung Gelsenkirchen"));
        assertTrue(page.body().contains("id=\"spelling-correction\""), "the page says it corrected the query");
        assertTrue(page.body().contains("Ergebnisse für <strong><em>Verlustfeststellung Gelsenkirchen</em></strong>"), page.body());
        assertTrue(page.body().contains("typed=1"), "a link searches the query as typed");

        JsonNode asTyped = getJson("/api/search?typed=1&q=" + enc("Verlustfestellung Gelsenkirchen"));
        assertEquals("Verlustfestellung Gelsenkirchen", asTyped.get("query").asText());
        assertEquals(0, asTyped.get("total").asLong());
        assertFalse(asTyped.has("correctedFrom"));
    }

    @Test
    void a_typo_next_to_two_good_words_still_puts_the_corrected_matches_first() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("Reinigunskraft Gelsenkirchen Minijob"));
        assertEquals("Reinigungskraft Gelsenkirchen Minijob", r.get("query").asText());
        JsonNode every = getJson("/api/search?q=" + enc("+Reinigungskraft +Gelsenkirchen +Minijob"));
        assertEquals(ids(every).getFirst(), ids(r).getFirst());
    }

    @Test
    void old_and_new_spellings_find_each_other_without_a_correction() throws Exception {
        // The EuGH judgment writes "Selbständiger", the LSG ruling "aufwändige"; typed=1 rules out the spell checker.
        JsonNode selbst = getJson("/api/search?typed=1&q=" + enc("selbstständiger"));
        assertTrue(dockets(selbst).contains("C-719/22"), selbst.toString());
        JsonNode aufwendig = getJson("/api/search?typed=1&q=" + enc("aufwendige"));
        assertTrue(dockets(aufwendig).contains("L 19 AS 1724/24"), aufwendig.toString());
        JsonNode corrected = getJson("/api/search?q=" + enc("selbstständiger"));
        assertFalse(corrected.has("correctedFrom"), "a spelling variant is no typo");
    }

    @Test
    void bverwg_dockets_match_in_slash_spelling() throws Exception {
        for (String typed : List.of("1 C 13/23", "1C13/23", "1 C 13.23", "az:1 C 13/23")) {
            JsonNode r = getJson("/api/search?q=" + enc(typed));
            assertEquals("1 C 13.23", r.get("hits").get(0).get("docket").asText(), typed);
        }
    }

    @Test
    void question_words_need_not_match() throws Exception {
        long meaning = getJson("/api/search?q=" + enc("Verlustfeststellungen Jahr")).get("total").asLong();
        assertTrue(meaning > 0);
        assertEquals(meaning, getJson("/api/search?q=" + enc("wie viele Verlustfeststellungen pro Jahr")).get("total").asLong());
        assertEquals(meaning, getJson("/api/search?q=" + enc("Zahl der Verlustfeststellungen pro Jahr")).get("total").asLong());
        assertTrue(getJson("/api/search?q=" + enc("+wie +viele +Verlustfeststellungen +pro +Jahr")).get("total").asLong() < meaning,
                "with operators every word is required as typed");
    }

    @Test
    void pages_past_the_result_window_are_a_400_with_a_message_in_api_and_ui() throws Exception {
        for (String path : List.of("/api/search?page=2147483647", "/search?page=2147483647", "/api/search?q=Minijob&page=1001",
                "/search?q=Minijob&page=101&pageSize=100")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path + " " + r.body());
            assertTrue(r.body().contains("hinter den ersten 10000 Treffern"), r.body());
        }
        assertEquals(200, get("/api/search?q=Minijob&page=1000").statusCode(), "the last page of the window is served");
    }

    private static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    private static List<String> dockets(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("hits").forEach(h -> out.add(h.get("docket").asText()));
        return out;
    }
}
