package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Court, type, date and docket from NRWE decision addresses (DOMAIN.md "Public sources"). */
class NrweUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://nrwe.justiz.nrw.de/ovgs/vg_gelsenkirchen/j2023/8_K_1598_22_Urteil_20230511.html       | VG Gelsenkirchen | Urteil     | 2023-05-11 | 8 K 1598/22
            https://www.nrwe.justiz.nrw.de/ovgs/ovg_nrw/j2025/18_B_512_25_Beschluss_20250814.html          | OVG NRW          | Beschluss  | 2025-08-14 | 18 B 512/25
            https://nrwe.justiz.nrw.de/sgs/sg_duisburg/j2025/S_49_AS_1187_25_ER_Beschluss_20250903.html    | SG Duisburg      | Beschluss  | 2025-09-03 | S 49 AS 1187/25 ER
            https://nrwe.justiz.nrw.de/lsgs/lsg_nrw/j2019/L_19_AS_2035_19_B_ER_Beschluss_20191201.html     | LSG NRW          | Beschluss  | 2019-12-01 | L 19 AS 2035/19 B ER
            https://nrwe.justiz.nrw.de/ovgs/vg_duesseldorf/j2024/7_L_100_24_A_Beschluss_20240102.html      | VG Düsseldorf    | Beschluss  | 2024-01-02 | 7 L 100/24.A
            https://www.justiz.nrw.de/nrwe/olgs/hamm/j1995/2_Ws_364_95beschluss19951018.html               | ''               | Beschluss  | 1995-10-18 | 2 Ws 364/95
            """)
    void decision_address_names_court_type_date_and_docket(String url, String court, String type, String date, String docket) {
        NrweUrl.Facts f = NrweUrl.parse(url).orElseThrow();
        assertEquals(court, f.court());
        assertEquals(type, f.decisionType());
        assertEquals(date, f.date());
        assertEquals(docket, f.docket());
    }

    @Test
    void other_addresses_say_nothing() {
        assertEquals(Optional.empty(), NrweUrl.parse("https://www.example.org/ovgs/vg_x/j2023/8_K_1_22_Urteil_20230511.html"));
        assertEquals(Optional.empty(), NrweUrl.parse("https://nrwe.justiz.nrw.de/suche?q=Minijob"));
        assertEquals(Optional.empty(), NrweUrl.parse("corpus:demo/8_K_1598_22_Urteil_20230511.html"));
    }

    @Test
    void page_fields_win_over_the_address() {
        RulingParts parts = new RulingParts("Verwaltungsgericht Arnsberg", "", "", "", "", "", "", "", "",
                java.util.List.of(), java.util.List.of(), "x", "");
        RulingParts completed = NrweUrl.complete(parts, NrweUrl.parse(
                "https://nrwe.justiz.nrw.de/ovgs/vg_gelsenkirchen/j2023/8_K_1598_22_Urteil_20230511.html"));
        assertEquals("Verwaltungsgericht Arnsberg", completed.court());
        assertEquals("8 K 1598/22", completed.docket());
        assertTrue(completed.date().startsWith("2023-05-11"));
    }
}
