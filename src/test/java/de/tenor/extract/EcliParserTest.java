package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcliParserTest {

    private final EcliParser eclis = new EcliParser();
    private final DocketParser dockets = new DocketParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ECLI: ECLI:DE:VGGE:2024:0722.4NC58.23.00                | ECLI:DE:VGGE:2024:0722.4NC58.23.00
            vgl. ECLI:DE:OVGNRW:2023:1201.18B1063.23.00.            | ECLI:DE:OVGNRW:2023:1201.18B1063.23.00
            EuGH, ECLI:EU:C:2015:597, Alimanovic                    | ECLI:EU:C:2015:597
            BVerwG 2 C 12.23ECLI:DE:BVerwG:2024:070324U2C12.23.0    | ECLI:DE:BVerwG:2024:070324U2C12.23.0
            Kein Identifikator                                      | null
            """)
    void printed_ecli_is_found(String text, String expected) {
        assertEquals(expected, eclis.find(text).orElse(null));
    }

    @ParameterizedTest(name = "{0} vs {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ECLI:DE:VGGE:2024:0722.4NC58.23.00        | 2024-07-22 | 4 Nc 58/23      | true
            ECLI:DE:VGGE:2024:0722.4NC58.23.00        | 2024-07-23 | 4 Nc 58/23      | false
            ECLI:DE:VGGE:2024:0722.4NC58.23.00        | 2023-07-22 | 4 Nc 58/23      | false
            ECLI:DE:VGGE:2024:0722.4NC58.23.00        | 2024-07-22 | 8 L 469/24      | false
            ECLI:DE:OLGHAM:1995:1018.2WS364.95.00     | 1995-10-18 | 2 Ws 364/95     | true
            ECLI:DE:BVerwG:2024:220224U1C12.22.0      | 2024-02-22 | 1 C 12.22       | true
            ECLI:DE:BSG:2022:290322UB4AS221R0         | 2022-03-29 | B 4 AS 2/21 R   | true
            """)
    void ecli_cross_check_compares_year_day_and_docket(String ecli, LocalDate date, String docket, boolean agrees) {
        assertEquals(agrees, eclis.agrees(ecli, date, dockets.parse(docket).orElseThrow()));
    }

    @Test
    void only_the_ecli_matching_the_decision_is_taken_from_running_text() {
        String text = "vgl. OVG NRW, ECLI:DE:OVGNRW:2023:1201.18B1063.23.00; hier ECLI:DE:VGGE:2024:0513.8L469.24.00";
        assertEquals("ECLI:DE:VGGE:2024:0513.8L469.24.00", eclis.findMatching(text, LocalDate.of(2024, 5, 13),
                dockets.parse("8 L 469/24").orElseThrow()).orElseThrow());
    }

    @Test
    void no_ecli_is_invented_when_none_is_printed() {
        assertTrue(eclis.findMatching("VG Gelsenkirchen, 8 L 469/24, 13.05.2024", LocalDate.of(2024, 5, 13),
                dockets.parse("8 L 469/24").orElseThrow()).isEmpty());
        assertEquals(List.of(), eclis.findAll("kein ECLI hier"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ECLI:DE:VGGE:2024:0722.4NC58.23.00      | 2024-07-22
            ECLI:DE:BVerwG:2024:220224U1C12.22.0    | 2024-02-22
            ECLI:DE:BSG:2025:120625UB4AS3124R0      | 2025-06-12
            ECLI:DE:OLGBB:2025:1008.11U30.25.00     | 2025-10-08
            ECLI:DE:BVerfG:2018:qs20180822.2bvq005318 | ''
            ECLI:DE:VGGE:2024:1399.4NC58.23.00      | ''
            """)
    void ecli_ordinal_gives_the_decision_date(String ecli, String date) {
        assertEquals(date.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.time.LocalDate.parse(date)),
                new EcliParser().date(ecli));
    }
}
