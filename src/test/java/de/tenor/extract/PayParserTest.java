package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: monthly pay and hourly wage, and every amount that is not the party's pay: benefits
 * (Regelbedarf), rent, Streitwert, the minimum wage, the Minijob limit, bounds, sums for several
 * months. Each row: the text and the mentions found as "KIND:euros" (";" between, "" for none).
 */
class PayParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sie verdient monatlich rund 665 Euro.                                                        | MONTHLY:665.0
            Vereinbart ist ein Entgelt von monatlich 178,00 Euro.                                        | MONTHLY:178.0
            Sie erhält dafür 450,00 € brutto.                                                            | MONTHLY:450.0
            Er erzielt einen Monatsverdienst von rd. 106 Euro.                                           | MONTHLY:106.0
            Er arbeitet 12 Stunden wöchentlich, monatlich 543 Euro.                                      | MONTHLY:543.0
            mit 9 Stunden wöchentlich bei einem Entgelt von 351 Euro monatlich                           | MONTHLY:351.0
            Der Lohn beträgt mtl. 260 EUR.                                                               | MONTHLY:260.0
            Vereinbart sind 450,00 EUR/Monat.                                                            | MONTHLY:450.0
            mit einem monatlichen Bruttoentgelt von 450 EUR beschäftigt                                  | MONTHLY:450.0
            Das Entgelt wurde nach den vorgelegten Quittungen in bar ausgezahlt.                          | ''
            Die Kosten der Unterkunft belaufen sich auf 350 Euro monatlich.                              | ''
            Der Kläger ist nach § 450 SGB III … Rn. 12 Euro                                              | ''
            Die Klage vom 12.05.2023 – 8 K 1598/22 – betrifft 563 Euro Regelbedarf.                      | ''
            Das Entgelt von 304 Euro reiche bei weitem nicht aus.                                        | MONTHLY:304.0
            Das Arbeitsentgelt beläuft sich auf EUR 1.148,50 monatlich.                                  | MONTHLY:1148.5
            Der Stundenlohn beträgt 12,41 Euro.                                                          | HOURLY:12.41
            Er erhält 12 Euro pro Stunde.                                                                | HOURLY:12.0
            Der rechnerische Stundenlohn von 4,57 Euro liegt unter dem gesetzlichen Mindestlohn von 12,41 Euro. | HOURLY:4.57
            Das Einkommen von 304 Euro deckt den Bedarf aus Regelbedarf (563 Euro) und Unterkunft nicht.  | MONTHLY:304.0
            Das Einkommen erreicht nur etwa 54 Prozent des Regelbedarfs von 563,00 Euro.                 | ''
            Der Regelbedarf beläuft sich auf 563 Euro.                                                   | ''
            Für die Unterkunft fallen monatlich 400 Euro an (Bruttowarmmiete).                           | ''
            Der Streitwert wird auf 2.500,00 Euro festgesetzt.                                           | ''
            Die Beschwerde ist statthaft, wenn der Wert des Beschwerdegegenstandes 200 Euro übersteigt.   | ''
            Der gesetzliche Mindestlohn beträgt 12,41 Euro.                                              | ''
            Die Geringfügigkeitsgrenze liegt bei 538 Euro.                                               | ''
            Sie hat einen 450-Euro-Job.                                                                  | ''
            Sie verdient bis zu 450 Euro.                                                                | ''
            Er bezieht Leistungen in Höhe von 670,04 Euro.                                               | ''
            Für die Monate Mai bis Juli erhielt sie insgesamt 900 Euro.                                  | ''
            Er verdient jährlich 3.000 Euro.                                                             | ''
            Zusammen verdient sie mit beiden Tätigkeiten insgesamt 450 Euro monatlich.                   | MONTHLY:450.0
            """)
    void pay_is_read_and_other_amounts_skipped(String sentence, String expected) {
        List<String> found = PayParser.find(sentence).stream().map(p -> p.kind() + ":" + p.euros()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sie verdient monatlich 300 Euro.            | true
            Sie erhält dafür 300 € brutto.              | false
            """)
    void a_stated_period_weighs_more_than_custom(String sentence, boolean explicit) {
        assertEquals(explicit, PayParser.find(sentence).getFirst().explicit());
    }
}
