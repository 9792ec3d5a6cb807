package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocketParserTest {

    private final DocketParser parser = new DocketParser();

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            8 L 469/22              | 8 L 469/22             | 8L469/22             | URGENT
            8 K 1598/22             | 8 K 1598/22            | 8K1598/22            | MAIN
            8  l  469/22            | 8 L 469/22             | 8L469/22             | URGENT
            Az.: 8 L 469/24         | 8 L 469/24             | 8L469/24             | URGENT
            18 B 1063/23            | 18 B 1063/23           | 18B1063/23           | URGENT
            18 A 2345/21            | 18 A 2345/21           | 18A2345/21           | MAIN
            18 E 100/23             | 18 E 100/23            | 18E100/23            | null
            S 31 AS 370/17 ER       | S 31 AS 370/17 ER      | S31AS370/17ER        | URGENT
            s 31 as 370/17 er       | S 31 AS 370/17 ER      | S31AS370/17ER        | URGENT
            S 31 AS 370/17          | S 31 AS 370/17         | S31AS370/17          | MAIN
            L 19 AS 2035/19 B ER    | L 19 AS 2035/19 B ER   | L19AS2035/19BER      | URGENT
            L 19 AS 1204/20         | L 19 AS 1204/20        | L19AS1204/20         | MAIN
            L 20 B 76/07 SO ER      | L 20 B 76/07 SO ER     | L20B76/07SOER        | URGENT
            B 4 AS 2/21 R           | B 4 AS 2/21 R          | B4AS2/21R            | MAIN
            1 C 22.14               | 1 C 22.14              | 1C22.14              | MAIN
            1 VR 3.24               | 1 VR 3.24              | 1VR3.24              | URGENT
            14a K 2112/20.A         | 14a K 2112/20.A        | 14AK2112/20.A        | MAIN
            4 Nc 58/23              | 4 Nc 58/23             | 4NC58/23             | null
            2 Ws 364/95             | 2 Ws 364/95            | 2WS364/95            | null
            C-719/22                | C-719/22               | C-719/22             | MAIN
            C‑123/24 PPU            | C-123/24 PPU           | C-123/24PPU          | URGENT
            """)
    void printed_docket_is_normalised_with_its_procedure(String printed, String text, String normalized,
                                                         Procedure procedure) {
        Docket d = parser.parse(printed).orElseThrow();
        assertEquals(text, d.text());
        assertEquals(normalized, d.normalized());
        assertEquals(procedure, d.procedure().orElse(null));
    }

    @Test
    void docket_with_er_suffix_is_urgent() {
        assertEquals(Procedure.URGENT, parser.parse("S 31 AS 370/24 ER").orElseThrow().procedure().orElseThrow());
    }

    @Test
    void any_spelling_of_a_docket_normalises_alike() {
        assertEquals(parser.parse("8 L 469/22").orElseThrow().normalized(),
                parser.parse("8l469/22").orElseThrow().normalized());
    }

    @Test
    void blank_field_has_no_docket() {
        assertTrue(parser.parse("  ").isEmpty());
    }

    @Test
    void find_all_reports_known_formats_in_order_and_skips_look_alikes() {
        String text = "Die Beschwerde gegen den Beschluss des VG Gelsenkirchen (8 L 469/24) hat das OVG (18 B 1063/23) "
                + "zurückgewiesen; vgl. BSG, B 4 AS 2/21 R, BVerwG 1 C 22.14, LSG NRW L 19 AS 2035/19 B ER, "
                + "Art. 10 VO 492/2011 und EuGH C-67/14; erneut 8 L 469/24.";
        List<String> found = parser.findAll(text).stream().map(Docket::text).toList();
        assertEquals(List.of("8 L 469/24", "18 B 1063/23", "B 4 AS 2/21 R", "1 C 22.14", "L 19 AS 2035/19 B ER"), found);
    }

    @Test
    void eu_case_numbers_in_running_text_are_citations_not_dockets() {
        assertTrue(parser.findAll("vgl. EuGH, Urteil vom 15.09.2015, C-67/14").isEmpty());
    }

    @Test
    void old_lsg_docket_is_not_split_into_an_administrative_one() {
        assertEquals(List.of("L 20 B 76/07 SO ER"), parser.findAll("Beschluss L 20 B 76/07 SO ER vom").stream()
                .map(Docket::text).toList());
    }

    @Test
    void docket_glued_to_following_text_is_still_found() {
        assertEquals("20 F 2.21", parser.findFirst("BVerwG 20 F 2.21ECLI:DE:BVerwG:2024:090124B20F2.21.0")
                .orElseThrow().text());
    }
}
