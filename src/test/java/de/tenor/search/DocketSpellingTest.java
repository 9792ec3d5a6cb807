package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17: dockets of BVerwG, BFH and BAG are looked up in dot and slash spelling, whichever was typed. */
class DocketSpellingTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1 C 12/22; 1C12/22 1C12.22",
            "1 C 12.22; 1C12.22 1C12/22",
            "BVerwG 20 F 14/23 Akten; 20F14/23 20F14.23",
            "VI R 4/20; VIR4/20 VIR4.20",
            "IX R 12.22; IXR12.22 IXR12/22",
            "5 AZR 123/22; 5AZR123/22 5AZR123.22",
            "8 K 1598/22; 8K1598/22 8K1598.22",
            "C-14/09; C-14/09"})
    void typed_docket_has_both_spellings(String query, String keys) {
        List<Identifier> found = Identifier.findAll(query);
        assertEquals(1, found.size(), query);
        assertEquals(List.of(keys.split(" ")), found.getFirst().keys());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Ich habe 1 Kind", "I R"})
    void words_are_no_dockets(String query) {
        assertEquals(List.of(), Identifier.findAll(query));
    }
}
