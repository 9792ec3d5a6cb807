package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormExtractorTest {

    private final NormExtractor norms = new NormExtractor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nach § 5 Abs. 4 FreizügG/EU festgestellt                | § 5 Abs. 4 FreizügG/EU
            gemäß § 7 Abs. 1 Satz 2 Nr. 2 SGB II ausgeschlossen      | § 7 Abs. 1 S. 2 Nr. 2 SGB II
            § 7 Abs. 1 S. 2 SGB II                                   | § 7 Abs. 1 S. 2 SGB II
            im Verfahren nach § 80 Abs. 5 VwGO                       | § 80 Abs. 5 VwGO
            §§ 80 Abs. 5 VwGO                                        | § 80 Abs. 5 VwGO
            § 2 Abs. 2 Nr. 1 FreizügG/EU                             | § 2 Abs. 2 Nr. 1 FreizügG/EU
            Art. 45 AEUV                                             | Art. 45 AEUV
            Art. 7 Abs. 1 Richtlinie 2004/38/EG                      | Art. 7 Abs. 1 RL 2004/38/EG
            Art. 10 VO 492/2011                                      | Art. 10 VO 492/2011
            §101 BRAGO                                               | § 101 BRAGO
            § 86b Abs. 2 Satz 2 SGG                                  | § 86b Abs. 2 S. 2 SGG
            """)
    void cited_provision_is_normalised(String text, String expected) {
        assertEquals(List.of(expected), norms.find(text));
    }

    @Test
    void provisions_are_distinct_and_in_order_of_first_citation() {
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 7 Abs. 1 S. 2 SGB II"),
                norms.find("§ 5 Abs. 4 FreizügG/EU, § 7 Abs. 1 Satz 2 SGB II und erneut § 5 Abs. 4 FreizügG/EU"));
    }

    @Test
    void paragraph_references_are_not_statutes() {
        assertEquals(List.of(), norms.find("BSG, Urteil, juris RdNr. 5; vgl. § 399 RdNr 12"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            im Sinne der §§ 2, 5 FreizügG/EU                           | § 2 FreizügG/EU;§ 5 FreizügG/EU
            §§ 2 Abs. 2 Nr. 1, 5 Abs. 4 FreizügG/EU                    | § 2 Abs. 2 Nr. 1 FreizügG/EU;§ 5 Abs. 4 FreizügG/EU
            § 86b Abs. 2 Satz 2, Abs. 4 SGG                            | § 86b Abs. 2 S. 2 SGG;§ 86b Abs. 4 SGG
            §§ 19 ff. SGB II                                           | § 19 SGB II
            §§ 47 Abs. 1, 53 Abs. 2 Nr. 2 und 52 Abs. 2 GKG            | § 47 Abs. 1 GKG;§ 53 Abs. 2 Nr. 2 GKG;§ 52 Abs. 2 GKG
            § 7 Abs 1 S 2 Nr 2 Buchst b SGB 2                          | § 7 Abs. 1 S. 2 Nr. 2 Buchst. b SGB II
            Art 7 Abs 1 Buchst a EGRL 38/2004                          | Art. 7 Abs. 1 Buchst. a RL 2004/38/EG
            Art 10 EUV 492/2011                                        | Art. 10 VO (EU) 492/2011
            § 7 Abs. 1 Satz 2 Nr. 2 b) SGB II                          | § 7 Abs. 1 S. 2 Nr. 2 Buchst. b SGB II
            § 2 Absatz 2 Nummer 1 FreizügG/EU                          | § 2 Abs. 2 Nr. 1 FreizügG/EU
            """)
    void lists_and_juris_spellings_name_each_provision(String text, String expected) {
        assertEquals(List.of(expected.split(";")), norms.find(text));
    }

    @Test
    void a_semicolon_separates_citations_not_list_members() {
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 80 Abs. 5 VwGO"), norms.find("§ 5 Abs. 4 FreizügG/EU; § 80 Abs. 5 VwGO"));
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 80 Abs. 5 VwGO"), norms.fromField("FreizügG/EU § 5 Abs 4; VwGO § 80 Abs 5"));
    }

    @Test
    void nrwe_norms_field_puts_the_statute_first() {
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 7 SGB II"), norms.fromField("FreizügG/EU § 5 Abs 4; SGB II § 7"));
    }
}
