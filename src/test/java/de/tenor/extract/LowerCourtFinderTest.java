package de.tenor.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decision under appeal, from the tenor of an appellate ruling. */
class LowerCourtFinderTest {

    private final LowerCourtFinder finder = new LowerCourtFinder(new GermanDates(TestFiles.CLOCK));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LSG    | Die Beschwerde des Antragstellers gegen den Beschluss des Sozialgerichts Duisburg vom 13.05.2024 – S 31 AS 370/24 ER – wird zurückgewiesen. | SG Duisburg, Beschluss vom 13.05.2024, S 31 AS 370/24 ER
            OVG    | Auf die Beschwerde der Antragstellerin wird der Beschluss des Verwaltungsgerichts Gelsenkirchen vom 11. Mai 2023 geändert.               | VG Gelsenkirchen, Beschluss vom 11.05.2023
            BSG    | Auf die Revision des Klägers wird das Urteil des Landessozialgerichts Nordrhein-Westfalen vom 14. März 2024 aufgehoben.                  | LSG NRW, Urteil vom 14.03.2024
            BVerwG | Die Revision gegen das Urteil des Oberverwaltungsgerichts für das Land Nordrhein-Westfalen vom 4. Februar 2025 wird zurückgewiesen.      | OVG NRW, Urteil vom 04.02.2025
            OVG    | Der Antrag auf Zulassung der Berufung gegen das Urteil des VG Düsseldorf vom 1. April 2025 (Az. 24 K 4410/24) wird abgelehnt.            | VG Düsseldorf, Urteil vom 01.04.2025, 24 K 4410/24
            """)
    void lower_court_is_read_from_the_tenor(CourtBranch deciding, String tenor, String expected) {
        assertEquals(Optional.of(expected), finder.find(deciding, tenor, List.of(), null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VG  | Der Antrag wird abgelehnt. Vgl. Beschluss des Verwaltungsgerichts Köln vom 3. März 2023.
            OVG | Die Beschwerde wird zurückgewiesen; vgl. Urteil des Bundesverwaltungsgerichts vom 16. Juli 2015.
            LSG | Die Beschwerde gegen den Beschluss des Verwaltungsgerichts Gelsenkirchen vom 2. Juli 2025 wird zurückgewiesen.
            """)
    void first_instance_courts_and_courts_of_another_branch_have_no_lower_court(CourtBranch deciding, String tenor) {
        assertEquals(Optional.empty(), finder.find(deciding, tenor, List.of(), null));
    }
}
