package de.tenor.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sozialgerichtsbarkeit.de decision pages: the metadata block is read from the page's lines, so
 * divs, tables, definition lists and "Label: value" lines all work. More in the dev set.
 */
class SgbHtmlReaderTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private Document page(String block, String tenorAndReasons) throws ExtractionException {
        String html = "<html><head><title>Sozialgerichtsbarkeit.de</title></head><body><div class='nav'>Entscheidungen · Suche</div>"
                + block + tenorAndReasons + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "sgb.html",
                "https://www.sozialgerichtsbarkeit.de/node/1", TestFiles.FETCHED);
    }

    private static final String REASONS = "<p>Gründe:</p><p>Beispieldaten – keine echten Entscheidungen. "
            + "Die Antragstellerin bezieht Leistungen vom Jobcenter Dortmund. Als rumänische Staatsangehörige ist sie nach "
            + "Ansicht des Jobcenters nach § 7 Abs. 1 Satz 2 SGB II von Leistungen ausgeschlossen.</p>";

    @Test
    void definition_list_with_labels_and_values_on_one_line_each() throws ExtractionException {
        Document d = page("""
                <dl><dt>Land</dt><dd>Nordrhein-Westfalen</dd><dt>Sozialgericht</dt><dd>SG Dortmund (NRW)</dd>
                <dt>Sachgebiet</dt><dd>Grundsicherung für Arbeitsuchende</dd><dt>Abteilung</dt><dd>30</dd>
                <dt>1. Instanz</dt><dd>SG Dortmund (NRW)</dd><dt>Aktenzeichen</dt><dd>S 30 AS 77/25 ER</dd><dt>Datum</dt><dd>12.03.2025</dd>
                <dt>2. Instanz</dt><dd>LSG Nordrhein-Westfalen</dd><dt>Aktenzeichen</dt><dd>-</dd><dt>Datum</dt><dd>-</dd>
                <dt>3. Instanz</dt><dd>Bundessozialgericht</dd><dt>Aktenzeichen</dt><dd>-</dd><dt>Datum</dt><dd>-</dd>
                <dt>Kategorie</dt><dd>Beschluss</dd></dl>""",
                "<p>Der Antrag auf Erlass einer einstweiligen Anordnung wird abgelehnt.</p><p>Kosten sind nicht zu erstatten.</p>"
                        + REASONS);
        assertEquals("SG Dortmund", d.ruling().court());
        assertEquals("S 30 AS 77/25 ER", d.ruling().docket());
        assertEquals(LocalDate.of(2025, 3, 12), d.ruling().date());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals(Outcome.LOST, d.ruling().outcome());
        assertEquals("Dortmund", d.ruling().city());
        assertNull(d.ruling().lowerCourt());
        assertTrue(d.ruling().tenor().startsWith("Der Antrag auf Erlass"), d.ruling().tenor());
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.heading() && p.text().startsWith("Gründe")));
    }

    @Test
    void label_and_value_on_the_same_line_and_court_named_by_place_only() throws ExtractionException {
        Document d = page("""
                <p>Land: Nordrhein-Westfalen</p><p>Sozialgericht: Landessozialgericht Nordrhein-Westfalen</p>
                <p>1. Instanz: SG Duisburg (NRW)</p><p>Aktenzeichen: S 2 AS 5/24</p><p>Datum: 01.02.2024</p>
                <p>2. Instanz: LSG Nordrhein-Westfalen</p><p>Aktenzeichen: L 12 AS 300/24</p><p>Datum: 20.11.2024</p>
                <p>Kategorie: Urteil</p>""",
                "<p>Die Berufung des Beklagten gegen das Urteil des Sozialgerichts Duisburg vom 01.02.2024 wird zurückgewiesen.</p>"
                        + "<p>Der Beklagte trägt auch die Kosten des Berufungsverfahrens.</p>" + REASONS);
        assertEquals("LSG NRW", d.ruling().court());
        assertEquals("L 12 AS 300/24", d.ruling().docket());
        assertEquals(LocalDate.of(2024, 11, 20), d.ruling().date());
        assertEquals("Urteil", d.ruling().decisionType());
        assertEquals(Outcome.WON, d.ruling().outcome());
        assertEquals("SG Duisburg, 01.02.2024, S 2 AS 5/24", d.ruling().lowerCourt());
    }

    @Test
    void a_tenor_heading_of_the_page_itself_is_not_part_of_the_tenor() throws ExtractionException {
        Document d = page("<table><tr><td>Land</td><td>Nordrhein-Westfalen</td></tr><tr><td>Sozialgericht</td>"
                        + "<td>SG Duisburg (NRW)</td></tr><tr><td>1. Instanz</td><td>SG Duisburg (NRW)</td></tr>"
                        + "<tr><td>Aktenzeichen</td><td>S 4 AS 9/25</td></tr><tr><td>Datum</td><td>02.05.2025</td></tr>"
                        + "<tr><td>Kategorie</td><td>Urteil</td></tr></table>",
                "<h3>Tenor</h3><p>Die Klage wird abgewiesen.</p>" + REASONS);
        assertEquals("Die Klage wird abgewiesen.", d.ruling().tenor());
        assertEquals(Outcome.LOST, d.ruling().outcome());
        assertEquals(LocalDate.of(2025, 5, 2), d.ruling().date());
    }

    @Test
    void page_without_the_metadata_block_is_not_taken_for_this_layout() throws ExtractionException {
        Document d = page("<p>Land unter: Hochwasser an der Ruhr</p>", "<p>Kategorie: Wetter</p>");
        assertEquals(DocType.NEWS, d.type());
    }
}
