package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: decision pages of portals without a reader of their own. Each case is a page of its own
 * wording (not taken from the held-out portal in {@code portal-unfamiliar/}): a menu and footer built
 * from plain {@code div}s, header fields in some element, the Tenor after a heading or an intro line,
 * reasons with margin numbers. Fictional sample text.
 */
class GenericDecisionReaderTest {

    record Case(String name, String chrome, String header, String tenor, String reasons, String endChrome) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("div menu with id, th rows, h3 heading, Rn. inline",
                        "<div id=\"hauptnavigation\"><a href=\"/\">Home</a> <a href=\"/faq\">Fragen</a> <a href=\"/kontakt\">Kontakt</a></div>",
                        "<table><tr><th>Gericht:</th><td>VG Düsseldorf</td></tr><tr><th>Aktenzeichen:</th><td>22 L 3307/25</td></tr>"
                                + "<tr><th>Datum:</th><td>03.11.2025</td></tr></table>",
                        "<h3>Tenor:</h3><p>Der Antrag wird abgelehnt.</p><p>Die Antragstellerin trägt die Kosten.</p>",
                        "<h3>Gründe</h3><p>Rn. 1 Die Antragstellerin, eine Unionsbürgerin, wendet sich gegen die Verlustfeststellung der Stadt Oberhausen nach § 5 Abs. 4 FreizügG/EU.</p>"
                                + "<p>Rn. 2 Ihre Tätigkeit ist völlig untergeordnet und unwesentlich; sie ist keine Arbeitnehmerin.</p>",
                        "<div class=\"site-footer\">© Landesportal · Kontakt · Barrierefreiheit</div>"),
                new Case("role navigation, dl fields, intro line instead of a heading, numbered paragraphs",
                        "<div role=\"navigation\"><ul><li><a href=\"/a\">Aktuelles</a></li><li><a href=\"/b\">Presse</a></li></ul></div>",
                        "<dl><dt>Gericht</dt><dd>Sozialgericht Duisburg</dd><dt>Aktenzeichen</dt><dd>S 33 AS 1207/25 ER</dd>"
                                + "<dt>Datum</dt><dd>21.10.2025</dd></dl>",
                        "<p>hat die 33. Kammer beschlossen:</p><p>Der Antragsgegner wird verpflichtet, der Antragstellerin vorläufig Leistungen nach dem SGB II zu gewähren.</p>"
                                + "<p>Der Antragsgegner trägt die außergerichtlichen Kosten der Antragstellerin.</p>",
                        "<p><b>Gründe</b></p><p>1 Das Jobcenter Mülheim an der Ruhr hat die Antragstellerin nach § 7 Abs. 1 S. 2 Nr. 2 SGB II ausgeschlossen.</p>"
                                + "<p>2 Sie ist jedoch als Arbeitnehmerin freizügigkeitsberechtigt.</p>",
                        "<div id=\"seitenfuss\">Ein Angebot des Landes · Impressum</div>"),
                new Case("breadcrumb and Label: value lines, Tenor in a list, Randnummer inline",
                        "<div class=\"breadcrumb\"><a href=\"/\">Portal</a> › <a href=\"/r\">Rechtsprechung</a></div>",
                        "<div><p>Gericht: OVG NRW</p><p>Aktenzeichen: 18 B 2210/25</p><p>Datum: 09.12.2025</p></div>",
                        "<p><strong>Tenor:</strong></p><ul><li>Die Beschwerde des Antragstellers wird zurückgewiesen.</li><li>Der Antragsteller trägt die Kosten des Beschwerdeverfahrens.</li></ul>",
                        "<p><strong>Gründe:</strong></p><p>Randnummer 1 Der Antragsteller wendet sich gegen die Verlustfeststellung des Oberbürgermeisters der Stadt Hamm nach dem FreizügG/EU.</p>"
                                + "<p>Randnummer 2 Er hat seine Arbeitnehmereigenschaft nicht dargelegt.</p>",
                        "<div class=\"fusszeile\">Datenschutz · Impressum</div>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_fields_tenor_and_numbered_reasons_without_the_site_chrome(Case c) throws Exception {
        String page = "<html><head><title>Entscheidung</title></head><body>" + c.chrome() + c.header()
                + "<p>In dem Verfahren</p>" + c.tenor() + c.reasons() + c.endChrome() + "</body></html>";
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            Document d = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "entscheidung.html",
                    "https://gerichte.example/e/1", TestFiles.FETCHED);
            assertEquals(DocType.RULING, d.type(), c.name());
            assertTrue(d.ruling().court() != null && d.ruling().docket() != null && d.ruling().date() != null, d.toString());
            assertTrue(d.ruling().tenor() != null && d.ruling().tenor().matches("(?s)(Der|Die) .*"), "Tenor: " + d.ruling().tenor());
            assertTrue(d.ruling().outcome() != null && d.ruling().outcome() != Outcome.UNKNOWN, "outcome " + d.ruling().outcome() + " " + d.topicMarkers() + " " + d.ruling().tenor());
            assertFalse(d.ruling().city() == null || CityResolver.UNKNOWN.equals(d.ruling().city()), "city " + d.ruling().city());
            List<String> numbers = d.paragraphs().stream().map(Paragraph::number).filter(n -> n != null).toList();
            assertEquals(List.of("1", "2"), numbers, d.paragraphs().toString());
            for (String chrome : List.of("Home", "Aktuelles", "Portal ›", "Impressum", "Barrierefreiheit")) {
                assertFalse(d.text().contains(chrome), chrome + " in " + d.text());
            }
        }
    }

    /** A block called "header" that holds the decision's own fields stays: portals name their metadata that way too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_chrome_named_block_with_the_decisions_data_is_kept(Case c) throws Exception {
        String page = "<html><body><div class=\"header\">" + c.header() + "</div>" + c.tenor() + c.reasons() + "</body></html>";
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            Document d = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "entscheidung.html",
                    "https://gerichte.example/e/2", TestFiles.FETCHED);
            assertTrue(d.ruling().docket() != null && d.text().contains(d.ruling().docket()), d.toString());
        }
    }
}
