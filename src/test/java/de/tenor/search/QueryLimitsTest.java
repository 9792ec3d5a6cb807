package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.index.IndexLocation;
import de.tenor.index.TestIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 6, bad input: every query is bounded and either runs or gets a German message, never another error. */
class QueryLimitsTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Document.Builder b = Document.builder("r1", DocType.RULING);
        b.title("VG Gelsenkirchen, 8 K 1598/22");
        b.court("VG Gelsenkirchen");
        b.docket("8 K 1598/22");
        b.docketNormalized("8K1598/22");
        b.text("Die Verlustfeststellung ist rechtswidrig; der Minijob der Antragstellerin ist eine echte Tätigkeit. "
                + "Hinweis: FreizügG/EU [Rn. 3] gilt.");
        IndexLocation location = new IndexLocation(dir);
        TestIndex.publish(location, List.of(b.build()));
        searcher = new Searcher(location);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"offen                     | Anführungszeichen",
        "„offen                      | Anführungszeichen",
        "*mini                       | Platzhalter",
        "?ini                        | Platzhalter",
        "Mi*                         | mindestens 3 Zeichen",
        "Arb*i*t*n*e*hmer            | höchstens 3 Platzhalter",
        "((((((Minijob))))))         | verschachtelt",
        "Minijob AND (               | ungültig",
        "a OR OR                     | ungültig"})
    void broken_or_unbounded_query_gets_a_german_reason(String query, String reason) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(query));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("ungültig") || e.getMessage().contains("zu viele"), e.getMessage());
    }

    @Test
    void many_or_clauses_are_refused_before_searching() {
        String query = String.join(" OR ", java.util.Collections.nCopies(100, "a"));
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(query));
        assertTrue(e.getMessage().contains("zu viele Suchbegriffe"), e.getMessage());
    }

    @Test
    void overlong_query_is_refused() {
        assertThrows(InvalidQueryException.class, () -> search("Minijob ".repeat(200)));
    }

    @Test
    void forty_words_with_synonyms_stay_below_the_clause_limit() {
        String query = String.join(" ", java.util.Collections.nCopies(20, "Hartz IV"));
        assertDoesNotThrow(() -> search(query));
    }

    /**
     * Pasted and odd input runs and finds what the words mean, or is explained in German — never another
     * error. "found" = the one indexed ruling, "none" = runs and finds nothing (a word it lacks must match).
     */
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Mini\u0000job\u0007             | found", "Verlustfeststellung\u202e | found", "Hinweis: Minijob | found",
        "/Minijob/ | found", "{Minijob} | found", "FreizügG/EU | found", "Minijob~ | found", "Minijob^2 | found",
        ":Minijob | found", "😀 Minijob | found", "Mini\u00ADjob | found", "(((Minijob))) | found",
        "[a TO z] | none", "8:30 Minijob | none", "Arbeitnehmer – Minijob | none", "C–14/09 | none",
        "und oder nicht | none", "Arb?i*t?nehmer | none", "Minijob~2 Genc~1 Dano~ Levin~ | none",
        "'\"Minijob Genc\"~3' | none",
        "Minijob \\ | explained", "- | explained", "+ | explained", "! | explained", "Minijob^ | explained"})
    void pasted_and_odd_input_runs_or_explains(String query, String expected) throws IOException {
        if (expected.equals("explained")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(query));
            assertTrue(e.getMessage().startsWith("Die Suchanfrage"), e.getMessage());
        } else {
            assertEquals(expected.equals("found") ? 1 : 0, search(query).total(), query);
        }
    }

    @Test
    void pasted_punctuation_is_text_not_syntax() throws IOException {
        assertEquals(1, search("Hinweis: Minijob").total());
        assertEquals(1, search("FreizügG/EU").total());
        assertEquals(1, search("[Rn. 3]").total());
        assertEquals(1, search("Minijob – Antragstellerin").total(), "an en dash is no minus");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8K1598/22             | DOCKET  | 8K1598/22",
        "8 K 1598 / 22         | DOCKET  | 8K1598/22",
        "8 k 1598/22           | DOCKET  | 8K1598/22",
        "1 C 22.14             | DOCKET  | 1C22.14",
        "S 31 AS 370/17 ER     | DOCKET  | S31AS370/17",
        "L 19 AS 2035/19 B ER  | DOCKET  | L19AS2035/19",
        "B 4 AS 2/21 R         | DOCKET  | B4AS2/21",
        "C-14/09               | EU_CASE | C-14/09",
        "c - 67 / 14           | EU_CASE | C-67/14",
        "53/81                 | EU_CASE | 53/81",
        "ECLI:DE:VGGE:2024:0722.4NC58.23.00 | ECLI | ECLI:DE:VGGE:2024:0722.4NC58.23.00"})
    void identifiers_are_recognised_in_any_spacing(String typed, Identifier.Kind kind, String key) {
        Identifier id = Identifier.whole(typed).orElseThrow(() -> new AssertionError("not recognised: " + typed));
        assertEquals(kind, id.kind());
        assertEquals(key, id.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Art. 10 VO 492/2011", "§ 7 Abs. 1 S. 2 Nr. 2 SGB II", "zu 3/4", "2.500,00 Euro", "RL 2004/38/EG"})
    void legal_citations_are_not_taken_for_dockets(String text) {
        assertTrue(Identifier.findAll(text).stream().noneMatch(i -> i.kind() == Identifier.Kind.DOCKET),
                text + " → " + Identifier.findAll(text));
    }

    @Test
    void docket_inside_a_longer_query_is_kept_whole_and_put_first() throws IOException {
        QueryText t = QueryText.prepare("Minijob 8 K 1598 / 22 Gelsenkirchen");
        assertEquals("Minijob \"8 K 1598 / 22\" Gelsenkirchen", t.text());
        assertEquals(1, t.identifiers().size());
        assertTrue(QueryText.prepare("Minijob -8K1598/22").identifiers().isEmpty(), "a negated docket is not looked up");
        assertEquals("r1", search("Minijob 8 K 1598 / 22").hits().getFirst().document().id());
    }

    @Test
    void a_search_that_runs_out_of_time_gets_a_german_message_and_the_next_one_runs() throws IOException {
        // A limit that has passed before the first document is read: every search must stop.
        try (Searcher hurried = new Searcher(new IndexLocation(dir), java.time.Duration.ofNanos(1))) {
            SearchRequest request = new SearchRequest("Minijob", Map.of(), null, null, null, 1, 10);
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> hurried.search(request));
            assertTrue(e.getMessage().contains("abgebrochen") && e.getMessage().contains("Minijob"), e.getMessage());
            assertThrows(InvalidQueryException.class, () -> hurried.outcomeTable(request));
            // Lookups outside the timed searches are not limited, and the deadline does not leak into them.
            assertTrue(hurried.document("r1").isPresent());
        }
        assertEquals(1, search("Minijob").total(), "the default limit leaves ordinary searches alone");
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(new SearchRequest(q, Map.of(), null, null, null, 1, 10));
    }
}
