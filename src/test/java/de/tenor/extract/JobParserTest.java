package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11: the occupation and the first day of the job; legal roles and arrival dates are no job facts. */
class JobParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Seit dem 1. September 2014 ist er als Spülkraft in einem Restaurant geringfügig beschäftigt.  | Spülkraft
            Sie ist als Zeitungszustellerin tätig.                                                        | Zeitungszustellerin
            Er arbeitet als ungelernte Hilfskraft im Lager.                                               | Hilfskraft im Lager
            Sie ist als Helferin in der Gebäudereinigung beschäftigt.                                     | Helferin in der Gebäudereinigung
            Er war als Helfer auf Baustellen tätig.                                                       | Helfer auf Baustellen
            Die Tätigkeit als Küchenhilfe ist tatsächlich und echt.                                       | Küchenhilfe
            Sie ist als Arbeitnehmerin im Sinne des § 2 Abs. 2 Nr. 1 FreizügG/EU anzusehen.              | ''
            Er hält sich als Arbeitsuchender im Bundesgebiet auf.                                         | ''
            Als Unionsbürgerin ist sie beschäftigt.                                                       | ''
            Er ist als Helfer beschäftigt.                                                                | ''
            Sie wurde als Zeugin gehört.                                                                  | ''
            Die Reinigungskraft wurde nicht als solche beschäftigt.                                       | ''
            """)
    void occupation_after_als_in_a_sentence_about_work(String sentence, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), JobParser.jobs(sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Seit dem 1. September 2014 ist er als Spülkraft geringfügig beschäftigt.                          | 2014-09-01
            Sie ist seit dem 15.07.2014 als Küchenhilfe beschäftigt.                                          | 2014-07-15
            Sie arbeitet seit Oktober 2024 als Küchenhilfe.                                                   | 2024-10-01
            Sie arbeitete vom 03.07.2012 bis 31.07.2012 als Küchenhelferin.                                   | 2012-07-03
            Er war von Oktober 2024 bis März 2025 als Lagerhelfer beschäftigt.                                | 2024-10-01
            Sie arbeitete von März bis Juni 2023 als Reinigungskraft.                                         | 2023-03-01
            Er ist seit dem 1. Juli 2020 und damit seit 14 Monaten ununterbrochen als Spülkraft tätig.       | 2020-07-01
            Sie arbeitet seit Juli 2024 mit 14 Wochenstunden als Reinigungskraft und bezieht ergänzend Leistungen. | 2024-07-01
            Er ist seit dem 22. November 2012 mit alleinigem Wohnsitz in Gelsenkirchen gemeldet.              | null
            Sie reiste im Mai 2013 ein und bezieht seit dem 1. Juni 2013 Leistungen; sie ist beschäftigt.     | null
            Das Arbeitsverhältnis endet zum 30. Juni 2024 durch Kündigung; sie war seit 2022 beschäftigt.     | null
            Der Arbeitsvertrag vom 1. Februar 2023 sieht eine Beschäftigung als Reinigungskraft vor.          | null
            Seit dem 31.02.2020 ist sie beschäftigt.                                                          | null
            Seit dem 1. Mai 2030 ist sie beschäftigt.                                                          | null
            """)
    void job_start_is_a_date_after_seit_in_a_clause_about_work(String sentence, LocalDate expected) {
        List<LocalDate> found = JobParser.starts(sentence, LocalDate.of(2026, 1, 1)).stream().map(JobParser.Start::date).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }
}
