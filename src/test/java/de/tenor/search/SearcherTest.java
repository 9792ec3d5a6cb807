package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.extract.CourtBranch;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Outcome;
import de.tenor.index.IndexLocation;
import de.tenor.index.TestIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearcherTest {

    @TempDir
    Path dir;
    private IndexLocation location;
    private Searcher searcher;

    @BeforeEach
    void setUp() throws IOException {
        location = new IndexLocation(dir);
        TestIndex.publish(location, List.of(
                ruling("ge-won", "VG Gelsenkirchen", "8 L 469/24", "2024-05-13", "Gelsenkirchen", Outcome.WON,
                        "Verlustfeststellung trotz Minijob rechtswidrig. Der Antragsteller ist Arbeitnehmer."),
                ruling("ge-lost", "VG Gelsenkirchen", "8 K 1598/22", "2023-01-10", "Gelsenkirchen", Outcome.LOST,
                        "Die Verlustfeststellung ist rechtmäßig, der Minijob ist völlig untergeordnet und unwesentlich."),
                ruling("du-won", "VG Düsseldorf", "7 L 100/25", "2025-02-01", "Duisburg", Outcome.WON,
                        "Verlustfeststellung aufgehoben; Arbeitnehmereigenschaft bejaht."),
                ruling("do-won", "VG Gelsenkirchen", "11 L 5/25", "2025-03-03", "Dortmund", Outcome.WON,
                        "Verlustfeststellung der Stadt Dortmund, aufschiebende Wirkung wiederhergestellt."),
                ruling("ha-partial", "SG Dortmund", "S 31 AS 370/24 ER", "2024-07-07", "Hagen", Outcome.PARTIAL,
                        "Leistungsausschluss für die Zeit ab Mai rechtmäßig, im Übrigen Bürgergeld zu zahlen."),
                news("news-1", "2025-06-01", List.of("Gelsenkirchen", "Duisburg"),
                        "Städte entziehen EU-Bürgern das Freizügigkeitsrecht: Verlustfeststellung nach Minijob.")));
        searcher = new Searcher(location);
    }

    @AfterEach
    void tearDown() throws IOException {
        searcher.close();
    }

    @Test
    void cities_of_one_facet_are_ored_and_other_cities_keep_their_counts() throws IOException {
        SearchResult r = searcher.search(request("Verlustfeststellung", Map.of(
                Facet.CITY, List.of("Gelsenkirchen", "Duisburg"), Facet.OUTCOME, List.of("won"))));

        assertEquals(List.of("du-won", "ge-won"), ids(r).stream().sorted().toList());
        Map<String, Integer> cityCounts = counts(r, Facet.CITY);
        // Drill-sideways: Dortmund is not selected but still shows what ticking it would add.
        assertEquals(1, cityCounts.get("Dortmund"));
        assertEquals(1, cityCounts.get("Gelsenkirchen"));
        assertEquals(1, cityCounts.get("Duisburg"));
        // Outcome counts are computed with the city filter applied (facets are AND-ed across dimensions).
        assertEquals(2, counts(r, Facet.OUTCOME).get("won"));
        assertEquals(1, counts(r, Facet.OUTCOME).get("lost"));
    }

    @Test
    void empty_query_returns_all_documents_newest_first() throws IOException {
        SearchResult r = searcher.search(SearchRequest.of(""));
        assertEquals(6, r.total());
        assertEquals(List.of("news-1", "do-won", "du-won", "ha-partial", "ge-won", "ge-lost"), ids(r));
    }

    @Test
    void words_are_anded_and_minus_excludes() throws IOException {
        assertEquals(List.of("ge-lost"), ids(searcher.search(SearchRequest.of("Verlustfeststellung unwesentlich"))));
        assertFalse(ids(searcher.search(SearchRequest.of("Verlustfeststellung -Minijob"))).contains("ge-won"));
        assertEquals(2, searcher.search(SearchRequest.of("Leistungsausschluss OR Arbeitnehmereigenschaft")).total());
    }

    @Test
    void phrase_query_matches_only_adjacent_words() throws IOException {
        assertEquals(List.of("ge-lost"), ids(searcher.search(SearchRequest.of("\"völlig untergeordnet\""))));
        assertEquals(0, searcher.search(SearchRequest.of("\"untergeordnet völlig\"")).total());
    }

    @Test
    void umlauts_are_folded() throws IOException {
        assertEquals(List.of("ge-lost"), ids(searcher.search(SearchRequest.of("voellig untergeordnet"))));
    }

    @Test
    void snippet_marks_matched_words_and_escapes_html() throws IOException {
        SearchHit hit = searcher.search(SearchRequest.of("Arbeitnehmereigenschaft")).hits().getFirst();
        assertTrue(hit.snippetHtml().contains("<mark>Arbeitnehmereigenschaft</mark>"), hit.snippetHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 L 469/24", "8L469/24", "8 l 469/24"})
    void docket_in_any_spelling_finds_the_ruling_first(String docket) throws IOException {
        assertEquals("ge-won", ids(searcher.search(SearchRequest.of(docket))).getFirst());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arbeit AND (", "\"offen", "*", "a OR OR"})
    void unparsable_query_is_rejected_with_a_german_message(String query) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> searcher.search(SearchRequest.of(query)));
        assertTrue(e.getMessage().contains("ungültig"), e.getMessage());
    }

    @Test
    void overlong_query_is_rejected_before_parsing() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> SearchRequest.of("a".repeat(5000)));
        assertTrue(e.getMessage().contains("zu lang"), e.getMessage());
    }

    @Test
    void unknown_facet_value_gives_empty_result_not_error() throws IOException {
        SearchResult r = searcher.search(request("", Map.of(Facet.CITY, List.of("Atlantis"))));
        assertEquals(0, r.total());
        assertTrue(r.facets().get(Facet.CITY).stream().anyMatch(c -> c.value().equals("Atlantis") && c.selected()));
    }

    @Test
    void export_rows_are_the_search_order_with_the_exact_total_and_no_facets() throws IOException {
        SearchRequest all = new SearchRequest("", Map.of(), null, null, SortOrder.DATE, 1, 10);
        List<String> searched = ids(searcher.search(all));
        Searcher.Rows rows = searcher.rows(all, SortOrder.DATE, 4, false);
        assertEquals(6, rows.total());
        assertEquals(searched.subList(0, 4), rows.hits().stream().map(h -> h.document().id()).toList());
        // Filters and words apply as in a search; snippets only when asked for.
        SearchRequest words = request("Verlustfeststellung", Map.of(Facet.CITY, List.of("Gelsenkirchen", "Duisburg")));
        Searcher.Rows marked = searcher.rows(words, SortOrder.RELEVANCE, 100, true);
        assertEquals(ids(searcher.search(words)), marked.hits().stream().map(h -> h.document().id()).toList());
        assertTrue(marked.hits().stream().allMatch(h -> h.snippetHtml().contains("<mark>")), marked.toString());
        assertTrue(searcher.rows(words, SortOrder.RELEVANCE, 100, false).hits().stream()
                .noneMatch(h -> h.snippetHtml().contains("<mark>")));
    }

    @Test
    void page_past_the_end_is_empty() throws IOException {
        SearchResult r = searcher.search(new SearchRequest("", Map.of(), null, null, null, 50, 10));
        assertEquals(6, r.total());
        assertTrue(r.hits().isEmpty());
    }

    @Test
    void date_range_filters_by_decision_date() throws IOException {
        SearchResult r = searcher.search(new SearchRequest("", Map.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                null, 1, 10));
        assertEquals(List.of("do-won", "du-won"), ids(r));
    }

    @Test
    void news_are_faceted_by_every_city_they_mention() throws IOException {
        SearchResult r = searcher.search(request("", Map.of(Facet.TYPE, List.of("news"), Facet.CITY, List.of("Duisburg"))));
        assertEquals(List.of("news-1"), ids(r));
    }

    @Test
    void a_newly_published_generation_is_served_without_restart() throws IOException {
        // The start page (no words) is cached per generation: the second call is the same result...
        SearchResult browse = searcher.search(SearchRequest.of(""));
        assertEquals(6, browse.total());
        assertSame(browse, searcher.search(SearchRequest.of("")));
        assertNotSame(browse, searcher.search(request("", Map.of(Facet.CITY, List.of("Hagen")))));
        // ...until a new generation is published.
        TestIndex.publish(location, List.of(news("only", "2026-01-01", List.of(), "Neuer Artikel")));
        assertEquals(1, searcher.documentCount());
        assertEquals(List.of("only"), ids(searcher.search(SearchRequest.of(""))));
    }

    @Test
    void document_by_id_round_trips_all_metadata() throws IOException {
        Document d = searcher.document("ha-partial").orElseThrow();
        assertEquals("S 31 AS 370/24 ER", d.ruling().docket());
        assertEquals(Outcome.PARTIAL, d.ruling().outcome());
        assertEquals(LocalDate.of(2024, 7, 7), d.ruling().date());
        assertTrue(searcher.document("nope").isEmpty());
    }

    private static SearchRequest request(String q, Map<Facet, List<String>> filters) {
        return new SearchRequest(q, filters, null, null, null, 1, 10);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.document().id()).toList();
    }

    private static Map<String, Integer> counts(SearchResult r, Facet dim) {
        Map<String, Integer> m = new LinkedHashMap<>();
        r.facets().get(dim).forEach(c -> m.put(c.value(), c.count()));
        return m;
    }

    private static Document ruling(String id, String court, String docket, String date, String city, Outcome outcome, String text) {
        Document.Builder b = Document.builder(id, DocType.RULING);
        b.title(court + ", " + docket);
        b.court(court);
        b.courtBranch(court.startsWith("SG") ? CourtBranch.SG : CourtBranch.VG);
        b.decisionType("Beschluss");
        b.docket(docket);
        b.docketNormalized(docket.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        b.date(LocalDate.parse(date));
        b.city(city);
        b.outcome(outcome);
        b.text(text);
        b.tenor("Tenor von " + docket);
        return b.build();
    }

    private static Document news(String id, String published, List<String> cities, String text) {
        Document.Builder b = Document.builder(id, DocType.NEWS);
        b.title(text);
        b.published(LocalDate.parse(published));
        b.cities(cities);
        b.outlet("Ruhr-Kurier (Beispiel)");
        b.text(text);
        return b.build();
    }
}
