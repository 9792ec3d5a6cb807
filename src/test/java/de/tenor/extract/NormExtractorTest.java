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

    @Test
    void nrwe_norms_field_puts_the_statute_first() {
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 7 SGB II"), norms.fromField("FreizügG/EU § 5 Abs 4; SGB II § 7"));
    }
}
