package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: hours per week in the wording courts use, and the traps: bounds, days, dockets, Rn.,
 * dates, hours without a period. Each row: the text, then "low-high" per mention ("" for none).
 */
class HoursParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Sie arbeitet zwölf Stunden wöchentlich als Reinigungskraft.                         | 12.0-12.0
            Der Kläger ist mit 5,5 Wochenstunden beschäftigt.                                   | 5.5-5.5
            Die Arbeitszeit beträgt 10 Std./Woche.                                              | 10.0-10.0
            Er arbeitet 8 Stunden pro Woche.                                                    | 8.0-8.0
            Arbeitszeit: 10 Stunden/Woche                                                       | 10.0-10.0
            mit einem Beschäftigungsumfang von 20 Stunden monatlich                             | 4.6-4.6
            Sie arbeitete 27,50 Stunden in der Woche als Küchenhelferin.                        | 27.5-27.5
            Die wöchentliche Arbeitszeit beträgt 15 Stunden.                                    | 15.0-15.0
            Vereinbart ist eine Wochenarbeitszeit von 9 Stunden.                                | 9.0-9.0
            mit einer Arbeitszeit von wöchentlich 6 Stunden                                     | 6.0-6.0
            Sie arbeitet zwischen 6 und 8 Stunden wöchentlich.                                  | 6.0-8.0
            Er arbeitet 6 bis 8 Stunden pro Woche.                                              | 6.0-8.0
            Er arbeitet 6–8 Wochenstunden.                                                      | 6.0-8.0
            mit einer Arbeitszeit von 40 Stunden im Monat                                       | 9.2-9.2
            Die Tätigkeit umfasst zehn Stunden monatlich.                                       | 2.3-2.3
            eine Bescheinigung über eine Tätigkeit von zwei Stunden im Monat                    | 0.5-0.5
            mit „etwa sechs Stunden“ in der Woche                                               | 6.0-6.0
            im Umfang bis zu 14 Wochenstunden                                                   | ''
            mit mindestens 10 Stunden pro Woche                                                 | ''
            Sie arbeitet mehr als 15 Stunden wöchentlich.                                       | ''
            Er arbeitete zweimal im Monat für jeweils fünf Stunden.                             | ''
            Sie arbeitet täglich drei Stunden.                                                  | ''
            Sie arbeitet 3 Stunden täglich.                                                     | ''
            Ein Minijob mit 10 Stunden.                                                         | ''
            Die Anhörung dauerte zwei Stunden.                                                  | ''
            Klage vom 12.05.2023 (8 K 1598/22), Rn. 12 Stunden                                  | ''
            Sie arbeitet 5 und 6 Stunden wöchentlich bei zwei Arbeitgebern.                     | ''
            Er arbeitet seit mehreren Stunden wöchentlich.                                      | ''
            Sie arbeitet insgesamt 10 Stunden wöchentlich.                                      | 10.0-10.0
            """)
    void weekly_hours_are_read_and_traps_skipped(String sentence, String expected) {
        List<String> found = HoursParser.find(FactSentence.stripCitations(sentence)).stream()
                .map(h -> h.low() + "-" + h.high()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sie arbeitet insgesamt 10 Stunden wöchentlich.                          | true
            Zusammengerechnet ergeben sich 11 Wochenstunden.                        | true
            Sie arbeitet 10 Stunden wöchentlich.                                    | false
            """)
    void a_total_the_court_forms_is_marked(String sentence, boolean summed) {
        assertEquals(summed, HoursParser.find(sentence).getFirst().summed());
    }
}
