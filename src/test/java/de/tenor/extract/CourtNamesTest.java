package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourtNamesTest {

    private final CourtNames courts = new CourtNames();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Verwaltungsgericht Gelsenkirchen                          | VG Gelsenkirchen   | VG
            VG Gelsenkirchen                                          | VG Gelsenkirchen   | VG
            Verwaltungsgericht Düsseldorf                             | VG Düsseldorf      | VG
            Oberverwaltungsgericht für das Land Nordrhein-Westfalen   | OVG NRW            | OVG
            Oberverwaltungsgericht NRW                                | OVG NRW            | OVG
            OVG NRW                                                   | OVG NRW            | OVG
            OVG Nordrhein-Westfalen                                   | OVG NRW            | OVG
            Oberverwaltungsgericht Berlin-Brandenburg                 | OVG Berlin-Brandenburg | OVG
            Sozialgericht Dortmund                                    | SG Dortmund        | SG
            SG Duisburg                                               | SG Duisburg        | SG
            Landessozialgericht Nordrhein-Westfalen                   | LSG NRW            | LSG
            LSG NRW                                                   | LSG NRW            | LSG
            Schleswig-Holsteinisches Landessozialgericht              | Schleswig-Holsteinisches LSG | LSG
            Bundessozialgericht                                       | BSG                | BSG
            Bundesverwaltungsgericht                                  | BVerwG             | BVerwG
            Gerichtshof der Europäischen Union                        | EuGH               | EuGH
            Europäischer Gerichtshof                                  | EuGH               | EuGH
            EuGH                                                      | EuGH               | EuGH
            Oberlandesgericht Hamm                                    | OLG Hamm           | other
            Landgericht Dortmund                                      | LG Dortmund        | other
            Verwaltungsgericht Frankfurt am Main                      | VG Frankfurt am Main | VG
            Schiedsgericht der Handelskammer                          | Schiedsgericht der Handelskammer | other
            VERWALTUNGSGERICHT GELSENKIRCHEN                          | VG Gelsenkirchen   | VG
            OBERVERWALTUNGSGERICHT FÜR DAS LAND NORDRHEIN-WESTFALEN   | OVG NRW            | OVG
            LANDESSOZIALGERICHT NORDRHEIN-WESTFALEN                   | LSG NRW            | LSG
            SOZIALGERICHT DORTMUND                                    | SG Dortmund        | SG
            BUNDESSOZIALGERICHT                                       | BSG                | BSG
            """)
    void printed_name_maps_to_short_name_and_branch(String printed, String name, CourtBranch branch) {
        assertEquals(new Court(name, branch), courts.resolve(printed));
    }

    @Test
    void upper_courts_are_not_read_as_the_lower_court_inside_their_name() {
        assertEquals("OVG NRW", courts.resolve("Oberverwaltungsgericht für das Land Nordrhein-Westfalen").name());
        assertEquals("BVerwG", courts.resolve("Bundesverwaltungsgericht").name());
        assertEquals("LSG NRW", courts.resolve("Landessozialgericht NRW").name());
    }

    @Test
    void find_returns_the_first_court_in_running_text() {
        assertEquals("SG Duisburg", courts.find("Beschluss des Sozialgerichts X; Sozialgericht Duisburg, S 31 AS 370/24 ER")
                .orElseThrow().name());
    }

    @Test
    void genitive_court_names_are_found() {
        assertEquals("VG Gelsenkirchen", courts.find("hat die 11. Kammer des Verwaltungsgerichts Gelsenkirchen am 6. Oktober 2025")
                .orElseThrow().name());
        assertEquals("LSG NRW", courts.find("der 7. Senat des Landessozialgerichts Nordrhein-Westfalen").orElseThrow().name());
    }

    @Test
    void court_word_followed_by_an_ordinary_word_is_no_court() {
        assertTrue(courts.find("Das Verwaltungsgericht Der Kammer folgend").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "ECLI:DE:VGGE:2024:0722.4NC58.23.00, VG Gelsenkirchen",
            "ECLI:DE:OVGNRW:2023:1201.18B1063.23.00, OVG NRW",
            "ECLI:DE:BVerwG:2024:220224U1C12.22.0, BVerwG",
            "ECLI:EU:C:2015:597, EuGH"})
    void ecli_court_code_names_the_court(String ecli, String court) {
        assertEquals(court, courts.fromEcli(ecli).orElseThrow().name());
    }
}
