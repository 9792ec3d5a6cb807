package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 6 in the browser's view: syntax help, "Meinten Sie …?", autocomplete, similar rulings, bad queries. */
class SearchAidsWebTest extends DemoHttpTest {




    @Test
    void search_box_links_to_a_german_syntax_help_whose_examples_run() throws Exception {
        assertTrue(get("/").body().contains("href=\"/hilfe\""), "the search form links to the help");
        HttpResponse<String> help = get("/hilfe");
        assertEquals(200, help.statusCode());
        assertTrue(help.body().contains("Hilfe zur Suche") && help.body().contains("gericht:"), "German help with the field aliases");
        assertTrue(help.body().contains("href=\"/search?q=C-14%2F09\""), "examples are links that run them");
    }

    @Test
    void misspelled_query_offers_did_you_mean_as_a_link() throws Exception {
        // Issue 17: a typo is searched corrected at once; "Meinten Sie" remains for the query searched as typed.
        String html = get("/search?q=" + enc("Freizügikeit") + "&city=Gelsenkirchen&typed=1").body();
        assertTrue(html.contains("Meinten Sie"), "suggestion shown");
        assertTrue(html.contains("href=\"/search?q=Freiz%C3%BCgigkeit&amp;city=Gelsenkirchen\""), "link keeps the filters: " + html);
        assertEquals("Freizügigkeit", getJson("/api/search?typed=1&q=" + enc("Freizügikeit")).get("didYouMean").asText());
        assertFalse(get("/search?q=Minijob").body().contains("Meinten Sie"), "no suggestion when the query finds plenty");

        String corrected = get("/search?q=" + enc("Freizügikeit") + "&city=Gelsenkirchen").body();
        assertTrue(corrected.contains("id=\"spelling-correction\"") && !corrected.contains("Meinten Sie"), corrected);
        assertTrue(corrected.contains("href=\"/search?q=Freiz%C3%BCgikeit&amp;city=Gelsenkirchen&amp;typed=1\""),
                "the link to the query as typed keeps the filters: " + corrected);
    }

    @Test
    void autocomplete_endpoint_returns_bounded_suggestions_and_the_page_has_a_datalist() throws Exception {
        JsonNode body = getJson("/api/suggest?q=" + enc("Verlustf"));
        assertEquals("Verlustf", body.get("query").asText());
        assertTrue(body.get("suggestions").size() >= 1 && body.get("suggestions").size() <= 8, body.toString());
        assertTrue(body.get("suggestions").toString().contains("Verlustfeststellung"), body.toString());
        assertEquals(0, getJson("/api/suggest").get("suggestions").size());
        assertEquals(400, get("/api/suggest?q=" + "x".repeat(2000)).statusCode());
        String page = get("/").body();
        assertTrue(page.contains("list=\"q-suggestions\"") && page.contains("<datalist id=\"q-suggestions\">"));
    }

    @Test
    void document_page_lists_five_similar_rulings_not_itself() throws Exception {
        String id = getJson("/api/search?q=" + enc("8 L 2487/25")).get("hits").get(0).get("id").asText();
        String html = get("/doc/" + id).body();
        int section = html.indexOf("id=\"similar-h\">Ähnliche Entscheidungen"); // the section, not its line in the contents (issue 10)
        assertTrue(section > 0, "section shown");
        String similar = html.substring(section, html.indexOf("</section>", section));
        assertEquals(5, similar.split("href=\"/doc/", -1).length - 1, similar);
        assertFalse(similar.contains("/doc/" + id + "\""), "never links to itself");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*job", "((((((Minijob))))))", "„offen", "Mi*"})
    void bad_queries_are_400_with_a_german_message(String q) throws Exception {
        HttpResponse<String> api = get("/api/search?q=" + enc(q));
        assertEquals(400, api.statusCode(), api.body());
        assertTrue(json.readTree(api.body()).get("error").asText().startsWith("Die Suchanfrage"), api.body());
        HttpResponse<String> page = get("/search?q=" + enc(q));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("<form") && page.body().contains("ungültig"));
    }

    @Test
    void many_or_clauses_are_400_not_a_runaway_query() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(String.join(" OR ", java.util.Collections.nCopies(150, "ab"))));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("zu viele Suchbegriffe"), r.body());
    }



}
