package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.search.Facet;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Issue 10: the UI texts in one bundle per language, and the language switch link. */
class UiTextTest {

    @Test
    void german_and_english_bundles_have_the_same_keys() throws IOException {
        Set<Object> de = load("de").keySet();
        Set<Object> en = load("en").keySet();
        assertEquals(de, en, "keys only in one bundle must be added to the other");
    }

    @Test
    void texts_fill_placeholders_and_translate_values_but_not_names() {
        UiText en = UiText.forLanguage("en", "/");
        assertEquals("42 results", en.get("results.many", "42"));
        assertEquals("won", en.value(Facet.OUTCOME, "won"));
        assertEquals("Interim relief", en.value(Facet.PROCEDURE, "urgent"));
        assertEquals("Gelsenkirchen", en.value(Facet.CITY, "Gelsenkirchen"));
        assertEquals("13 May 2024", en.date(LocalDate.of(2024, 5, 13)));
        assertEquals("13.05.2024", UiText.GERMAN.date(LocalDate.of(2024, 5, 13)));
        assertEquals("1.234", UiText.GERMAN.number(1234));
        assertEquals("Stadt (Behörde)", UiText.GERMAN.dimension(Facet.CITY));
    }

    @Test
    void every_facet_and_every_outcome_has_words_in_both_languages() {
        for (String lang : UiText.LANGUAGES) {
            UiText t = UiText.forLanguage(lang, "/");
            for (Facet f : Facet.values()) {
                assertTrue(t.has(f.messageKey()), lang + " lacks " + f.messageKey());
            }
            for (de.tenor.extract.Outcome o : de.tenor.extract.Outcome.values()) {
                assertTrue(t.has(Facet.OUTCOME.valueKey(o.json())), lang + " lacks " + Facet.OUTCOME.valueKey(o.json()));
            }
        }
        assertEquals("gewonnen", UiText.GERMAN.outcome(de.tenor.extract.Outcome.WON));
        assertEquals("offen gelassen", UiText.GERMAN.value(Facet.WORKER_STATUS, "open"));
        assertEquals("Arbeitnehmereigenschaft", UiText.GERMAN.dimension(Facet.WORKER_STATUS));
    }

    @Test
    void unknown_language_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> UiText.forLanguage("fr", "/"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/search | q=Minijob&city=Hagen | en | /search?q=Minijob&city=Hagen&lang=en",
            "/search | q=Minijob&lang=de&page=2 | en | /search?q=Minijob&page=2&lang=en",
            "/doc/abc | lang=en | de | /doc/abc?lang=de",
            "/ | | en | /?lang=en"})
    void switch_link_keeps_the_page_and_replaces_the_language(String path, String query, String lang, String expected) {
        assertEquals(expected, UiText.switchUrl(path, query, lang));
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
