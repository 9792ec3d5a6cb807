package de.tenor.extract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 20: the kinds of extraction holes found on rulings the rules were not written against, each
 * as a table of wordings written for this test (not copied from the held-out set): decision dates
 * that stand only in a page title or a long rubrum, cities behind a title, payer changes and
 * legal-aid-only complaints, a Tenor introduced on its own line, and facts that belong to another
 * period or to a claim the court rejects.
 */
class Issue20WordingsTest {

    /** One extractor for all rows: starting Tika is the slow part. */
    private static Extractor extractor;

    private final CityResolver cities = new CityResolver();
    private final OutcomeClassifier outcomes = new OutcomeClassifier();
    private final EmploymentFactsExtractor facts = new EmploymentFactsExtractor();

    @BeforeAll
    static void start() {
        extractor = new Extractor(TestFiles.CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        extractor.close();
    }

    /** A sozialgerichtsbarkeit.de page whose own "Datum" is empty or "-"; only the title and rubrum carry dates. */
    private static String sgbPage(String title, String ownDate, String otherDate, String firstLine) {
        return """
                <html><head><meta charset="utf-8"><title>%s</title></head><body>
                <table class="metadaten">
                <tr><td>Land</td><td>Nordrhein-Westfalen</td></tr>
                <tr><td>Sozialgericht</td><td>LSG Nordrhein-Westfalen</td></tr>
                <tr><td>1. Instanz</td><td>SG Gelsenkirchen (NRW)</td></tr>
                <tr><td>Aktenzeichen</td><td>S 9 AS 777/25 ER</td></tr>
                <tr><td>Datum</td><td>%s</td></tr>
                <tr><td>2. Instanz</td><td>LSG Nordrhein-Westfalen</td></tr>
                <tr><td>Aktenzeichen</td><td>L 2 AS 1234/25 B ER</td></tr>
                <tr><td>Datum</td><td>%s</td></tr>
                <tr><td>Kategorie</td><td>Beschluss</td></tr>
                </table>
                <p>%s</p>
                <p>Die Beschwerde des Antragstellers wird zurückgewiesen.</p>
                <p>Gründe:</p>
                <p>Der Antragsteller ist Unionsbürger. Das Jobcenter Herne lehnte Leistungen ab.</p>
                </body></html>
                """.formatted(title, otherDate, ownDate, firstLine);
    }

    @ParameterizedTest(name = "{0} | {1} -> {3}")
    @CsvSource(delimiter = '~', textBlock = """
            LSG Nordrhein-Westfalen, Beschluss vom 02.10.2025 - L 2 AS 1234/25 B ER - sozialgerichtsbarkeit.de ~ -            ~ Beispieldaten.                                                            ~ 2025-10-02
            L 2 AS 1234/25 B ER: Beschluss vom 2. Oktober 2025 | sozialgerichtsbarkeit.de                         ~ ''           ~ Beispieldaten.                                                            ~ 2025-10-02
            L 2 AS 1234/25 B ER | Sozialgerichtsbarkeit.de                                                    ~ ''           ~ Der 2. Senat hat am 2. Oktober 2025 durch die Richterin am LSG Dr. F. beschlossen:   ~ 2025-10-02
            L 2 AS 1234/25 B ER | Sozialgerichtsbarkeit.de                                                    ~ 02.10.2025   ~ Beispieldaten.                                                            ~ 2025-10-02
            L 2 AS 1234/25 B ER | Sozialgerichtsbarkeit.de                                                    ~ ''           ~ Beispieldaten.                                                            ~ ''
            """)
    void sgb_page_date_from_title_or_rubrum_when_the_own_date_is_empty(String title, String ownDate, String firstLine,
            String expected) throws Exception {
        // The first instance's date (01.08.2025) must never stand in for the appeal's own.
        String html = sgbPage(title, ownDate, "01.08.2025", firstLine);
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "sgb.html",
                "https://www.sozialgerichtsbarkeit.de/node/1", TestFiles.FETCHED);
        assertEquals(expected.isEmpty() ? null : LocalDate.parse(expected), d.ruling().date());
        assertEquals("L 2 AS 1234/25 B ER", d.ruling().docket());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            hat die 5. Kammer des Verwaltungsgerichts Gelsenkirchen;auf die mündliche Verhandlung;vom 18. Februar 2025;durch;die Vorsitzende Richterin am Verwaltungsgericht Prof. Dr. M.,;den Richter am Verwaltungsgericht Dr. N.,;die Richterin am Verwaltungsgericht R.,;den ehrenamtlichen Richter S. und;die ehrenamtliche Richterin T.;;für Recht erkannt:;;Die Klage wird abgewiesen. | 2025-02-18 | LOST
            hat die 12. Kammer des Sozialgerichts Dortmund;am 3. März 2025;durch den Richter am Sozialgericht Dr. P. als Vorsitzenden;beschlossen:;;Der Antragsgegner wird verpflichtet, der Antragstellerin vorläufig Leistungen zu gewähren. | 2025-03-03 | WON
            hat die 12. Kammer des Sozialgerichts Dortmund am 03.03.2025 beschlossen: Der Antrag wird abgelehnt.;;Gründe;;1 Der Antrag ist unbegründet. | 2025-03-03 | LOST
            hat die 5. Kammer des Verwaltungsgerichts Gelsenkirchen;auf die mündliche Verhandlung vom 18. Februar 2025;;f ü r R e c h t e r k a n n t :;;Die Ordnungsverfügung der Beklagten vom 2. Mai 2024 wird aufgehoben. | 2025-02-18 | WON
            """)
    void plain_text_rubrum_gives_date_and_leads_into_the_tenor(String rubrum, String date, Outcome outcome) throws Exception {
        String text = "Beispieldaten – keine echten Entscheidungen\n\nVerwaltungsgericht Gelsenkirchen\n\n5 K 100/24\n\nIn dem Verfahren\n\n"
                + "der Frau A. B., Klägerin,\n\ngegen\n\ndie Stadt Gelsenkirchen, Beklagte,\n\n" + rubrum.replace(";", "\n")
                + "\n\nGründe\n\nDie Klägerin ist Unionsbürgerin; streitig ist ihre Arbeitnehmereigenschaft.\n";
        Document d = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "ruling.txt", "corpus:test/ruling.txt",
                TestFiles.FETCHED);
        assertEquals(LocalDate.parse(date), d.ruling().date());
        assertEquals(outcome, d.ruling().outcome());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gegen die Landeshauptstadt Düsseldorf, vertreten durch den Oberbürgermeister, Amt für Migration      | Düsseldorf
            Antragsgegnerin: die kreisfreie Stadt Hagen, vertreten durch den Oberbürgermeister                  | Hagen
            gegen die Oberbürgermeisterin der Landeshauptstadt Düsseldorf                                       | Düsseldorf
            gegen die Stadtverwaltung Herne, Fachbereich Öffentliche Ordnung                                    | Herne
            gegen den Oberbürgermeister der kreisfreien Stadt Bottrop                                           | Bottrop
            gegen die Landeshauptstadt D., vertreten durch den Oberbürgermeister                                | unknown
            """)
    void city_behind_a_title_in_the_rubrum(String rubrum, String city) {
        assertEquals(city, cities.resolve(rubrum, ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mit Bescheid vom 2. Juni 2025 stellte die Landeshauptstadt Düsseldorf, vertreten durch die Oberbürgermeisterin, den Verlust fest. | Düsseldorf
            Die Stadtverwaltung Oberhausen ordnete die sofortige Vollziehung an.                                                              | Oberhausen
            Die Antragstellerin lebt seit 2020 in der Landeshauptstadt Düsseldorf und arbeitet in Essen.                                      | unknown
            """)
    void city_behind_a_title_in_the_reasons(String reasons, String city) {
        assertEquals(city, cities.resolve("", reasons));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Klage gegen den Beklagten wird abgewiesen. Die Beigeladene wird verurteilt, dem Kläger Leistungen nach dem SGB XII zu gewähren. | OTHER
            Der Beschluss des Sozialgerichts wird geändert. Die Beigeladene wird im Wege der einstweiligen Anordnung verpflichtet, dem Antragsteller Hilfe zum Lebensunterhalt zu gewähren. Im Übrigen wird die Beschwerde zurückgewiesen. | OTHER
            Der Beigeladene zu 2. wird verpflichtet, der Antragstellerin vorläufig Leistungen nach dem AsylbLG zu erbringen. Der Antrag gegen den Antragsgegner wird abgelehnt. | OTHER
            Auf die Beschwerde des Antragstellers wird der Beschluss des Sozialgerichts Dortmund vom 4. Juli 2025 aufgehoben. Dem Antragsteller wird für das erstinstanzliche Verfahren Prozesskostenhilfe bewilligt. | OTHER
            Auf die Beschwerde der Klägerin wird der Beschluss des Verwaltungsgerichts Gelsenkirchen vom 1. April 2025 geändert. Der Klägerin wird Prozesskostenhilfe ohne Ratenzahlung bewilligt. | OTHER
            Auf die Beschwerde der Antragstellerin wird der Beschluss des Sozialgerichts Duisburg geändert. Der Antragsgegner wird verpflichtet, der Antragstellerin vorläufig Leistungen zu gewähren. Der Antragstellerin wird Prozesskostenhilfe bewilligt. | WON
            Der Antragsgegner wird verpflichtet, der Antragstellerin vorläufig Leistungen zu gewähren. Die Beigeladene trägt keine Kosten. | WON
            """)
    void payer_change_and_legal_aid_only_complaints_are_other(String tenor, Outcome expected) {
        assertEquals(expected, outcomes.classify(tenor));
    }

    private static List<Paragraph> body(String... paragraphs) {
        List<Paragraph> body = new ArrayList<>();
        int n = 1;
        for (String p : paragraphs) {
            body.add(new Paragraph(Integer.toString(n++), p, false));
        }
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Klägerin behauptet, sie arbeite inzwischen 18 Stunden wöchentlich; das ist durch nichts belegt. Nach den Lohnabrechnungen arbeitet sie sechs Stunden in der Woche für 240 Euro im Monat. | 6   | 240
            Der Antragsteller arbeitet als Fahrer. Soweit er geltend macht, er verdiene 700 Euro im Monat, ist das nicht glaubhaft gemacht. | ''  | ''
            Von 2019 bis 2021 arbeitete die Klägerin als Pflegehelferin mit 30 Stunden wöchentlich. Seit März 2025 ist sie als Spülkraft sieben Stunden in der Woche beschäftigt und erhält 310 Euro monatlich. | 7   | 310
            Zuvor war der Antragsteller bei einer Spedition mit 25 Stunden wöchentlich für 900 Euro beschäftigt. Jetzt reinigt er Treppenhäuser, neun Stunden in der Woche. | 9   | ''
            Die Klägerin arbeitete von Mai bis August 2023 als Reinigungskraft mit acht Stunden in der Woche für monatlich 320 Euro. Eine weitere Beschäftigung hat sie nicht aufgenommen. | 8   | 320
            """)
    void facts_of_another_period_or_a_rejected_claim_are_not_this_cases(String reasons, String hours, String pay) {
        EmploymentFacts f = facts.extract(body(reasons, "Die Frage der Arbeitnehmereigenschaft nach § 2 Abs. 2 Nr. 1 FreizügG/EU ist zu prüfen."),
                LocalDate.of(2025, 9, 1));
        if (hours.isEmpty()) {
            assertNull(f.weeklyHours(), "hours");
        } else {
            assertEquals((Double) Double.parseDouble(hours), f.weeklyHours());
        }
        if (pay.isEmpty()) {
            assertNull(f.monthlyPayEur(), "pay");
        } else {
            assertEquals((Double) Double.parseDouble(pay), f.monthlyPayEur());
        }
    }
}
