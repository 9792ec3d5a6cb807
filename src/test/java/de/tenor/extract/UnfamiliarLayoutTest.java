package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a decision page from a portal without a reader of its own — metadata as table rows whose
 * label cells share NRWE's class name, a "Tenor:" heading with {@code p.tenor} paragraphs, Gründe
 * with Rn. — gets its Tenor and outcome through the generic path (the layout is the issue's
 * description; no such portal's pages are in ../shared to measure on).
 */
class UnfamiliarLayoutTest {

    private static final String PAGE = """
            <html><head><title>Entscheidung 8 L 1234/25</title></head><body>
            <nav><a href="/">Startseite</a> <a href="/suche">Suche</a></nav>
            <table class="meta">
              <tr><td class="feldbezeichnung">Gericht:</td><td>VG Gelsenkirchen</td></tr>
              <tr><td class="feldbezeichnung">Datum:</td><td>14.08.2025</td></tr>
              <tr><td class="feldbezeichnung">Aktenzeichen:</td><td>8 L 1234/25</td></tr>
              <tr><td class="feldbezeichnung">Entscheidungsart:</td><td>Beschluss</td></tr>
            </table>
            <h2>Tenor:</h2>
            <p class="tenor">Die aufschiebende Wirkung der Klage gegen die Ordnungsverfügung der Stadt Gelsenkirchen vom 3. Juni 2025 wird angeordnet.</p>
            <p class="tenor">Die Antragsgegnerin trägt die Kosten des Verfahrens.</p>
            <h2>Gründe:</h2>
            <p><span class="rn">1</span> Der Antragsteller ist bulgarischer Staatsangehöriger und wendet sich gegen die Feststellung des Verlusts seines Rechts auf Einreise und Aufenthalt nach § 5 Abs. 4 FreizügG/EU.</p>
            <p><span class="rn">2</span> Der Antrag ist begründet. Der Antragsteller ist Arbeitnehmer im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU.</p>
            <footer>Impressum · Datenschutz</footer>
            </body></html>
            """;

    @Test
    void table_fields_and_a_tenor_heading_give_tenor_outcome_and_city() throws Exception {
        try (Extractor extractor = new Extractor(TestFiles.CLOCK)) {
            Document d = extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), "entscheidung.html",
                    "https://portal.example/entscheidung/8-l-1234-25", TestFiles.FETCHED);
            assertEquals(DocType.RULING, d.type());
            assertEquals("VG Gelsenkirchen", d.ruling().court());
            assertEquals("8 L 1234/25", d.ruling().docket());
            assertEquals("2025-08-14", String.valueOf(d.ruling().date()));
            assertNotNull(d.ruling().tenor());
            assertTrue(d.ruling().tenor().startsWith("Die aufschiebende Wirkung der Klage"), d.ruling().tenor());
            assertEquals(Outcome.WON, d.ruling().outcome());
            assertEquals("Gelsenkirchen", d.ruling().city());
            assertTrue(d.paragraphs().stream().anyMatch(p -> "1".equals(p.number())), d.paragraphs().toString());
            assertTrue(!d.text().contains("Impressum") && !d.text().contains("Startseite"), d.text());
        }
    }
}
