package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: what the advisor's pages contain, over HTTP and without JavaScript — scannable cards,
 * foldable facet groups, a helpful empty result, the document page's order and table of contents,
 * the citation field, the English switch. {@link AdvisorBrowserTest} checks the same pages in Chromium.
 */
class AdvisorPagesTest extends DemoHttpTest {

    @Test
    void result_cards_show_outcome_as_colour_and_text_court_date_docket_city_and_procedure() throws Exception {
        var page = Jsoup.parse(get("/search?q=Verlustfeststellung&type=ruling").body());
        assertTrue(page.selectFirst("#took").text().matches("Suchzeit: [\\d.]+ ms"), page.selectFirst("#took").text());
        Element card = page.selectFirst(".hit:has(.badge)");
        assertNotNull(card, "a ruling card with an outcome badge");
        Element badge = card.selectFirst(".badge");
        assertTrue(badge.className().matches("badge outcome-(won|partial|lost|other|unknown)"), badge.className());
        assertTrue(badge.text().matches("Ausgang: (gewonnen|teilweise|verloren|sonstiges|unklar)"),
                "colour and words, with a label for screen readers: " + badge.text());
        assertNotNull(card.selectFirst(".court"));
        assertTrue(card.select(".docket").text().startsWith("Az. "), card.html());
        assertTrue(card.select(".proc").text().matches("Eilverfahren|Hauptsache"), card.html());
    }

    @Test
    void facets_are_foldable_groups_with_counts_and_long_lists_fold_behind_show_more() throws Exception {
        var page = Jsoup.parse(get("/search?q=Verlustfeststellung&procedure=urgent").body());
        Element city = page.getElementById("fg-city");
        assertEquals("details", city.tagName());
        assertTrue(city.hasAttr("open"), "the main groups start open");
        assertTrue(page.getElementById("fg-procedure").hasAttr("open"), "a group with a ticked value is open");
        assertFalse(page.getElementById("fg-courtBranch").hasAttr("open"), "minor groups start folded");
        for (Element box : page.select("#facet-panel input[type=checkbox]")) {
            Element label = page.selectFirst("label[for=" + box.id() + "]");
            assertNotNull(label, "every checkbox has a label: " + box);
            assertTrue(label.selectFirst(".count").text().matches("\\d+"), label.html());
        }
        Element more = page.selectFirst("details.more");
        assertNotNull(more, "a facet with more than ten values folds the rest");
        assertTrue(more.selectFirst("summary").text().matches("mehr anzeigen \\(\\d+ weitere\\)"), more.html());
        assertEquals(8, more.parent().select("> .fv").size(), "eight values stay visible");
        assertNotNull(page.selectFirst("button.apply"), "without JavaScript the form is sent with a button");
        assertEquals("polite", page.getElementById("hit-count").attr("aria-live"));
    }

    @Test
    void empty_result_suggests_what_to_try_and_links_to_the_search_without_filters() throws Exception {
        var page = Jsoup.parse(get("/search?q=Verlustfeststellung&city=Duisburg&outcome=other&from=2030-01-01").body());
        assertEquals("Keine Treffer", page.getElementById("hit-count").text());
        Element empty = page.getElementById("empty");
        assertTrue(empty.text().startsWith("Keine Treffer – versuchen Sie"), empty.text());
        assertEquals("/search?q=Verlustfeststellung", empty.selectFirst("#empty-clear").attr("href"));
        assertNotNull(empty.selectFirst("a[href=/hilfe]"));
    }

    @Test
    void document_page_puts_outcome_and_tenor_first_with_a_table_of_contents_and_a_citation() throws Exception {
        String body = get("/doc/" + rulingId()).body();
        var page = Jsoup.parse(body);
        assertTrue(body.indexOf("id=\"outcome\"") < body.indexOf("id=\"tenor-h\""), "outcome line before the Tenor");
        assertTrue(body.indexOf("id=\"tenor-h\"") < body.indexOf("id=\"details-h\""), "Tenor before the metadata card");
        assertNotNull(page.selectFirst("#outcome .evidence q"), "the Tenor sentence the outcome was read from");
        List<String> toc = page.select(".toc a").eachText();
        assertTrue(toc.contains("Tenor") && toc.contains("Tatbestand"), toc.toString());
        for (Element link : page.select(".toc a")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), "target of " + link);
        }
        Element cite = page.getElementById("cite-text");
        assertTrue(cite.hasAttr("readonly") && cite.val().startsWith("VG "), cite.outerHtml());
        assertTrue(page.getElementById("copy-cite").hasAttr("hidden"), "the copy button needs JavaScript, so it starts hidden");
        assertNotNull(page.selectFirst("a.rn[href^=#rn-]"));
    }

    @Test
    void pages_have_unique_ids_a_favicon_and_a_print_stylesheet() throws Exception {
        for (String path : List.of("/search?q=Minijob", "/doc/" + rulingId(), "/search?q=nichtsdergleichen")) {
            var page = Jsoup.parse(get(path).body());
            Set<String> ids = new HashSet<>();
            for (Element e : page.select("[id]")) {
                assertTrue(ids.add(e.id()), "duplicate id " + e.id() + " on " + path);
            }
            assertEquals("/public/favicon.svg", page.selectFirst("link[rel=icon]").attr("href"));
        }
        HttpResponse<String> icon = get("/public/favicon.svg");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("content-type").orElse("").startsWith("image/svg+xml"));
        assertTrue(get("/public/tenor.css").body().contains("@media print"));
    }

    @Test
    void lang_en_switches_the_ui_to_english_and_a_cookie_remembers_it() throws Exception {
        HttpResponse<String> en = get("/search?q=Minijob&lang=en");
        var page = Jsoup.parse(en.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.getElementById("hit-count").text().matches("\\d+ results"), page.getElementById("hit-count").text());
        assertEquals("/search?q=Minijob&lang=de", page.selectFirst("a.langswitch").attr("href"));
        String cookie = en.headers().firstValue("set-cookie").orElse("");
        assertTrue(cookie.startsWith("lang=en") && cookie.contains("Path=/"), cookie);
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(server.url("/search?q=Minijob")))
                .header("Cookie", "lang=en").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(again.body().contains("<html lang=\"en\">"), "the cookie keeps English");
        assertTrue(get("/search?q=Minijob").body().contains("<html lang=\"de\">"), "German without the cookie");
        assertTrue(get("/search?q=Minijob&lang=xx").body().contains("<html lang=\"de\">"), "unknown languages are ignored");
        var doc = Jsoup.parse(get("/doc/" + rulingId() + "?lang=en").body());
        assertEquals("Details", doc.getElementById("details-h").text());
        assertEquals("de", doc.getElementById("volltext").attr("lang"), "the ruling's text stays marked German");
    }

    private static String rulingId() throws Exception {
        String json = get("/api/search?q=Verlustfeststellung&type=ruling&city=Gelsenkirchen").body();
        return new ObjectMapper().readTree(json).get("hits").get(0).get("id").asText();
    }

}
