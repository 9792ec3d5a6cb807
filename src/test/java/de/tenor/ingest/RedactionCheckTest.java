package de.tenor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the upload's redaction check flags (issue 7), and what it must leave alone. */
class RedactionCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Der Kläger Ion Popescu ist rumänischer Staatsangehöriger.             | NAME        | Ion Popescu
            Die Klägerin Maria-Elena Dumitrescu arbeitet als Reinigungskraft.     | NAME        | Maria-Elena Dumitrescu
            Kläger(in): Ana Ionescu                                               | NAME        | Ana Ionescu
            Antragstellerin Ștefania Țurcanu legte Beschwerde ein.                | NAME        | Ștefania Țurcanu
            In dem Verfahren des Herrn Petrov, wohnhaft in Gelsenkirchen          | NAME        | Petrov
            der Frau Dr. Georgieva, Antragstellerin,                              | NAME        | Georgieva
            Die Antragstellerin, geb. 14.03.1990, arbeitet seit 2021.             | BIRTH_DATE  | 14.03.1990
            geboren am 3. Mai 1988 in Craiova                                     | BIRTH_DATE  | 3. Mai 1988
            Geburtsdatum: 01.02.85                                                | BIRTH_DATE  | 01.02.85
            Sie wohnt Hauptstraße 12a in Duisburg.                                | ADDRESS     | Hauptstraße 12a
            Anschrift: Bochumer Str. 7                                            | ADDRESS     | Bochumer Str. 7
            wohnhaft Am Kanalweg 3                                                | ADDRESS     | Kanalweg 3
            erreichbar unter Tel.: 0209/123 4567                                  | PHONE       | 0209/123 4567
            oder mobil +49 176 12345678                                           | PHONE       | +49 176 12345678
            Rückruf unter 0203 9876543 erbeten                                    | PHONE       | 0203 9876543
            per E-Mail an ion.popescu@example.org                                 | EMAIL       | ion.popescu@example.org
            Kläger: Popescu, Ion                                                  | NAME        | Popescu, Ion
            Die Klägerin Maria … ist rumänische Staatsangehörige.                 | NAME        | Maria
            Der Antragsteller Ion hat am Vortag Beschwerde eingelegt.             | NAME        | Ion
            Beschwerdeführerin: Dumitrescu, Elena Maria                           | NAME        | Dumitrescu, Elena Maria
            """)
    void flags_personal_data_with_its_place(String text, RedactionCheck.Kind kind, String match) {
        List<RedactionCheck.Finding> found = RedactionCheck.check(text);
        assertEquals(1, found.size(), found.toString());
        RedactionCheck.Finding f = found.getFirst();
        assertEquals(kind, f.kind());
        assertEquals(match, f.text());
        assertEquals(text.indexOf(match), f.offset());
        assertEquals(1, f.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Der Kläger M. P. ist rumänischer Staatsangehöriger.",
        "Die Antragstellerin A.B. arbeitet als Zeitungszustellerin.",
        "des Herrn Z. K., Antragstellers,",
        "Die Klägerin Klage erhoben hat, ist unerheblich.",
        "Der Antragsteller Beschwerde eingelegt.",
        "der Frau Rechtsanwältin Schmidt",
        "Die Klage wird abgewiesen. Die Kosten trägt der Kläger.",
        "Verwaltungsgericht Gelsenkirchen, Bahnhofsvorplatz 3, 45879 Gelsenkirchen, Tel. 0209 1701-0",
        "Gegen die Stadt Duisburg, vertreten durch den Oberbürgermeister, Burgplatz 19",
        "Die Beschwerde ist beim Oberverwaltungsgericht einzulegen: poststelle@ovg.nrw.de",
        "ECLI:DE:VGGE:2024:0513.8L469.24.00, Az. 8 L 469/24, S 31 AS 370/17 ER, BVerwG 1 C 22.14",
        "Der Bescheid vom 08.03.2024 in der Gestalt des Widerspruchsbescheides vom 16.05.2024",
        "Art. 10 VO 492/2011 und § 7 Abs. 1 S. 2 Nr. 2 SGB II; Streitwert 2.500,00 Euro",
        "Die Antragstellerin arbeitet seit dem 1. April 2014 10 Stunden wöchentlich für 538 Euro.",
        // Issue 16: official anonymised bverwg.de pages (2 A 7.23, 2 B 26.23, 10 KSt 2.24)
        "Übergang damit, dass er und seine Frau Swinger-Clubs besuchten, und lud die Zeugin ein",
        "Vor dem Amtsgericht wurde der Kläger Mitte März 2014 vom Vorwurf der Urkundenfälschung freigesprochen.",
        "vom 29. Januar 2024 (Kassenzeichen 1180 0586 4722) wird zurückgewiesen.",
        "Die Klägerin Klage erhoben hat, ist unerheblich; der Kläger Widerspruch (Bl. 3) eingelegt.",
    })
    void leaves_initials_institutions_dockets_and_dates_of_decisions_alone(String text) {
        assertEquals(List.of(), RedactionCheck.check(text));
    }

    @Test
    void reports_the_line_of_each_place_and_its_context() {
        String text = "Beschluss\n\nTenor\n\nDer Antragsteller Ion Popescu, Hauptstraße 5, wird angehört.";
        List<RedactionCheck.Finding> found = RedactionCheck.check(text);
        assertEquals(List.of(RedactionCheck.Kind.NAME, RedactionCheck.Kind.ADDRESS), found.stream().map(RedactionCheck.Finding::kind).toList());
        assertEquals(5, found.getFirst().line());
        assertEquals("Beschluss Tenor Der Antragsteller Ion Popescu, Hauptstraße 5, wird angehört.", found.getFirst().context());
    }

    /** Issue 16: the court's own anonymised pages (bverwg.de, ../shared) pass: no name, address or phone found. */
    @org.junit.jupiter.api.Test
    void official_anonymised_bverwg_pages_pass() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("tenor.shared", "../shared"),
                "corpora/bverwg-2024-pages/html");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir),
                "../shared not present: skipping the official-pages redaction test");
        List<String> flagged = new java.util.ArrayList<>();
        try (de.tenor.extract.Extractor ex = new de.tenor.extract.Extractor();
             var pages = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : pages.sorted().toList()) {
                var d = ex.extract(java.nio.file.Files.readAllBytes(p), p.getFileName().toString(),
                        "corpus:upload/" + p.getFileName(), java.time.Instant.EPOCH);
                RedactionCheck.check(d.text()).forEach(f -> flagged.add(p.getFileName() + ": " + f));
            }
        }
        assertEquals(List.of(), flagged);
    }
}
