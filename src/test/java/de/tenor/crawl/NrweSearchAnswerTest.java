package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The NRWE connector's reading of the real search answer, its form, and the list-level topic rules. */
class NrweSearchAnswerTest {

    @Test
    void reads_the_real_search_answer() throws Exception {
        Path fixtures = PortalServers.fixtures();
        if (fixtures == null) {
            System.out.println("SKIPPED NrweSearchAnswerTest: ../shared/corpora/portal-fixtures is absent");
        }
        Assumptions.assumeTrue(fixtures != null);
        String html = Files.readString(fixtures.resolve("gesp/nw_search.html"));
        NrweConnector.ResultPage page = NrweConnector.parse(html, URI.create("https://nrwesuche.justiz.nrw.de/index.php"), "fixture");
        assertEquals(28015, page.total());
        assertEquals(10, page.hits().size());
        NrweConnector.Hit first = page.hits().getFirst();
        assertEquals(URI.create("https://nrwe.justiz.nrw.de/lgs/duesseldorf/lg_duesseldorf/j2023/34_O_73_23_Beschluss_20231228.html"), first.url());
        assertEquals("Landgericht Düsseldorf", first.court());
        assertEquals("34 O 73/23", first.docket());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 28)), first.date());
        assertEquals(Optional.of("page2"), page.nextButton());
    }

    @Test
    void a_changed_answer_is_an_error_not_zero_hits() {
        URI base = URI.create("https://nrwesuche.justiz.nrw.de/index.php");
        assertThrows(SourceRun.PortalChangedException.class, () -> NrweConnector.parse("<html><body>Wartung</body></html>", base, "x"));
        assertThrows(SourceRun.PortalChangedException.class, () -> NrweConnector.parse(
                "<div id='anzahlGefunden'><strong>12</strong></div><div class='results'><p>neu</p></div>", base, "x"));
        assertEquals(0, assertDoesNotThrow(() -> NrweConnector.parse("<div id='anzahlGefunden'><strong>0</strong></div>", base, "x")).hits().size());
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }

    @Test
    void the_form_has_every_field_and_the_court() {
        Map<String, String> f = PortalServers.form(new String(NrweConnector.form("Verlustfeststellung",
                Optional.of(new Source.NrweCourt("Sozialgericht", "Düsseldorf")), Optional.of(LocalDate.of(2015, 1, 1))).encoded()));
        assertEquals("Verlustfeststellung", f.get("q"));
        assertEquals("Sozialgericht", f.get("gerichtstyp"));
        assertEquals("Düsseldorf", f.get("gerichtsort"));
        assertEquals("01.01.2015", f.get("von"));
        assertEquals("stem", f.get("method"));
        assertEquals("100", f.get("qSize"));
        assertEquals("Suchen", f.get("absenden"));
        assertEquals(18, f.size());
    }

    @Test
    void list_level_topic_rules_skip_only_what_cannot_be_on_topic() {
        assertTrue(TopicPrefilter.offTopic("Landesarbeitsgericht Düsseldorf", "3 Sa 100/24").isPresent());
        assertTrue(TopicPrefilter.offTopic("Finanzgericht Münster", "7 K 1/22").isPresent());
        assertTrue(TopicPrefilter.offTopic("Verwaltungsgericht Düsseldorf", "12 K 5501/23.A").isPresent());
        assertTrue(TopicPrefilter.offTopic("Verwaltungsgericht Gelsenkirchen", "8 L 469/24").isEmpty());
        assertTrue(TopicPrefilter.offTopic("Landessozialgericht NRW", "L 19 AS 2035/24 B ER").isEmpty());
        assertTrue(TopicPrefilter.offTopic("Amtsgericht Duisburg", "Abschiebungshaft 1 XIV 3/24").isEmpty(),
                "detention courts may decide on a loss-of-free-movement order");
        assertTrue(TopicPrefilter.offJurisdiction("Arbeitsgerichtsbarkeit"));
        assertTrue(!TopicPrefilter.offJurisdiction("Sozialgerichtsbarkeit"));
    }
}
