package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6 acceptance: what an advisor types finds what they mean, against an index built once from
 * the real demo corpus (HTML, PDF, DOCX through the extractor).
 */
class GermanLegalSearchTest {

    @TempDir
    static Path indexDir;
    static Searcher searcher;

    @BeforeAll
    static void buildDemoIndex() throws IOException {
        searcher = new Searcher(DemoIndex.build(indexDir));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void eigenschaft_finds_arbeitnehmereigenschaft_and_marks_the_compound() throws IOException {
        SearchResult r = search("Eigenschaft", 100);
        assertTrue(r.total() >= 50, "rulings on Arbeitnehmereigenschaft: " + r.total());
        for (SearchHit h : r.hits()) {
            assertTrue(h.document().text().toLowerCase().contains("eigenschaft"), h.document().title());
        }
        assertTrue(r.hits().getFirst().snippetHtml().contains("<mark>Arbeitnehmereigenschaft</mark>"),
                r.hits().getFirst().snippetHtml());
    }

    @Test
    void arbeitnehmers_and_arbeitnehmer_find_the_same_rulings() throws IOException {
        Set<String> genitive = ids(search("Arbeitnehmers", 100));
        Set<String> nominative = ids(search("Arbeitnehmer", 100));
        assertFalse(genitive.isEmpty());
        assertEquals(nominative, genitive);
    }

    @Test
    void hartz_iv_finds_buergergeld_rulings_that_never_say_hartz() throws IOException {
        SearchResult r = search("Hartz IV", 100);
        long buergergeldOnly = r.hits().stream().map(SearchHit::document)
                .filter(d -> d.type() == DocType.RULING && d.text().contains("Bürgergeld") && !d.text().contains("Hartz"))
                .count();
        assertTrue(buergergeldOnly >= 5, "Bürgergeld rulings found by Hartz IV: " + buergergeldOnly);
    }

    @Test
    void legal_synonyms_join_old_and_new_names() throws IOException {
        // Nobody writes "Nichtbestehensfeststellung" in the demo corpus; DOMAIN.md says it is a Verlustfeststellung.
        SearchResult r = search("Nichtbestehensfeststellung", 10);
        assertTrue(r.total() > 30, "total " + r.total());
        assertTrue(r.hits().stream().allMatch(h -> h.document().text().contains("Verlustfeststellung")));
    }

    @Test
    void feminine_form_finds_rulings_about_men_too() throws IOException {
        List<Document> docs = search("Sortierhelferin", 100).hits().stream().map(SearchHit::document).toList();
        assertTrue(docs.stream().anyMatch(d -> d.text().contains("als Sortierhelfer ")), "male sorting assistants");
        assertTrue(docs.stream().anyMatch(d -> d.text().contains("als Sortierhelferin")), "female sorting assistants");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8L2487/25", "8 L 2487/25", "8 L 2487 / 25", "8 l 2487/25", "Verlustfeststellung 8 L 2487/25",
        "Beschluss 8L2487/25 Gelsenkirchen", "az:8L2487/25", "ECLI:DE:VGGE:2025:0123.8L2487.25.00"})
    void docket_or_ecli_in_any_spelling_finds_the_same_ruling_first(String query) throws IOException {
        assertEquals("8 L 2487/25", search(query, 10).hits().getFirst().document().ruling().docket());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 C 13.23          | 1 C 13.23",
        "1C13.23            | 1 C 13.23",
        "S 31 AS 3040/18 ER | S 31 AS 3040/18 ER",
        "S31AS3040/18ER     | S 31 AS 3040/18 ER",
        "s 31 as 3040/18    | S 31 AS 3040/18 ER",
        "L 7 AS 217/24 B ER | L 7 AS 217/24 B ER",
        "B 4 AS 17/19 R     | B 4 AS 17/19 R",
        "C-719/22           | C-719/22"})
    void dockets_of_every_court_family_find_their_ruling_first(String query, String docket) throws IOException {
        assertEquals(docket, search(query, 10).hits().getFirst().document().ruling().docket());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-14/09", "C - 14 / 09", "Genc", "genc", "eugh:Genc"})
    void eugh_number_and_name_find_rulings_citing_genc(String query) throws IOException {
        SearchResult r = search(query, 20);
        assertTrue(r.total() >= 50, query + ": " + r.total());
        for (SearchHit h : r.hits()) {
            assertTrue(h.document().references().euCases().contains("C-14/09 (Genc)"), h.document().title() + " " + h.document().references().euCases());
        }
    }

    @Test
    void typographic_quotes_from_a_pdf_are_phrase_quotes() throws IOException {
        Set<String> plain = ids(search("\"völlig untergeordnet und unwesentlich\"", 100));
        assertFalse(plain.isEmpty());
        assertEquals(plain, ids(search("„völlig untergeordnet und unwesentlich“", 100)));
        assertEquals(plain, ids(search("“völlig untergeordnet und unwesentlich”", 100)));
    }

    @Test
    void lower_case_und_oder_nicht_are_words_not_operators() throws IOException {
        long both = search("Kinder Schule", 10).total();
        assertTrue(both > 0);
        assertTrue(search("Kinder und Schule", 10).total() <= both, "'und' is a word that must occur too");
        long minijob = search("Minijob", 10).total();
        assertTrue(search("Minijob oder Teilzeit", 10).total() <= minijob, "'oder' does not widen the search");
        assertTrue(search("Minijob nicht", 10).total() > 0, "'nicht' excludes nothing");
        assertTrue(search("Minijob NICHT Genc", 10).total() < minijob, "upper-case NICHT is an operator");
        assertTrue(search("Minijob ODER Teilzeit", 10).total() >= minijob, "upper-case ODER is an operator");
    }

    @Test
    void field_aliases_filter_by_court_city_and_title() throws IOException {
        SearchResult court = search("gericht:Arnsberg Minijob", 100);
        assertTrue(court.total() > 0);
        court.hits().forEach(h -> assertEquals("VG Arnsberg", h.document().ruling().court()));
        SearchResult city = search("stadt:Hagen", 100);
        assertTrue(city.total() > 0);
        city.hits().forEach(h -> assertTrue("Hagen".equals(h.document().ruling().city()) || h.document().news().cities().contains("Hagen"),
                h.document().title()));
        search("titel:Bilanz", 100).hits().forEach(h -> assertTrue(h.document().title().contains("Bilanz")));
        assertEquals(1, search("ecli:ECLI:DE:VGGE:2025:0123.8L2487.25.00", 10).total());
    }

    @Test
    void prefix_finds_word_beginnings() throws IOException {
        Set<String> prefix = ids(search("Sortierhelf*", 100));
        assertTrue(prefix.containsAll(ids(search("Sortierhelferin", 100))));
        assertThrows(InvalidQueryException.class, () -> search("So*", 10));
    }

    @Test
    void misspelling_gets_a_did_you_mean_with_the_users_capital() throws IOException {
        assertEquals(0, search("Freizügikeit", 10).total());
        assertEquals(Optional.of("Freizügigkeit"), searcher.didYouMean("Freizügikeit"));
        assertEquals(Optional.of("Verlustfeststellung Minijob"), searcher.didYouMean("Verlustfeststelung Minijob"));
        assertEquals(Optional.empty(), searcher.didYouMean("Eigenschaft"), "a compound part is no misspelling");
        assertEquals(Optional.empty(), searcher.didYouMean("Minijob"));
    }

    @Test
    void autocomplete_completes_words_courts_and_the_last_word() throws IOException {
        assertTrue(searcher.complete("Verlustf", 8).contains("Verlustfeststellung"), searcher.complete("Verlustf", 8).toString());
        assertEquals("VG Gelsenkirchen", searcher.complete("VG Gel", 8).getFirst(),
                "completions of the whole input come before the last word completed: " + searcher.complete("VG Gel", 8));
        assertTrue(searcher.complete("Arbeitn", 8).contains("Arbeitnehmereigenschaft"), "words keep the capital typed");
        assertTrue(searcher.complete("arbeitn", 8).contains("arbeitnehmereigenschaft"));
        assertTrue(searcher.complete("Minijob Arbeitnehmere", 8).contains("Minijob Arbeitnehmereigenschaft"));
        assertTrue(searcher.complete("x", 8).isEmpty());
        assertTrue(searcher.complete("Verlustf", 1).size() <= 1);
    }

    @Test
    void similar_rulings_are_other_rulings_citing_the_same_law() throws IOException {
        Document doc = search("8 L 2487/25", 1).hits().getFirst().document();
        List<Document> similar = searcher.similar(doc.id(), 5);
        assertEquals(5, similar.size());
        for (Document s : similar) {
            assertFalse(s.id().equals(doc.id()), "never the document itself");
            assertEquals(DocType.RULING, s.type());
        }
        assertTrue(similar.stream().filter(s -> s.references().norms().stream().anyMatch(doc.references().norms()::contains)).count() >= 4);
        assertTrue(searcher.similar("no-such-id", 5).isEmpty());
    }

    private static SearchResult search(String q, int pageSize) throws IOException {
        return searcher.search(new SearchRequest(q, Map.of(), null, null, null, 1, pageSize));
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new HashSet<>();
        r.hits().forEach(h -> out.add(h.document().id()));
        return out;
    }
}
