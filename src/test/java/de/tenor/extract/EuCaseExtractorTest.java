package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EuCaseExtractorTest {

    private final EuCaseExtractor cases = new EuCaseExtractor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EuGH, Urteil vom 15.09.2015 - C-67/14 -          | C-67/14 (Alimanovic)
            EuGH, Rs. C‑333/13 (Dano)                         | C-333/13 (Dano)
            EuGH, Urteil vom 23.03.1982, Rs. 53/81            | 53/81 (Levin)
            in der Rechtssache Levin                          | 53/81 (Levin)
            Urteil Lawrie-Blum                                | 66/85 (Lawrie-Blum)
            Garcia-Nieto                                      | C-299/14 (García-Nieto)
            EuGH, Jobcenter Krefeld                           | C-181/19 (Jobcenter Krefeld)
            EuGH, Urteil vom 4. Februar 2010, C-14/09         | C-14/09 (Genc)
            EuGH, C-123/45                                    | C-123/45
            """)
    void eu_case_citation_is_recognised(String text, String expected) {
        assertEquals(List.of(expected), cases.find(text));
    }

    @Test
    void name_and_number_of_one_case_count_once() {
        assertEquals(List.of("C-67/14 (Alimanovic)", "C-333/13 (Dano)"),
                cases.find("Alimanovic (C-67/14) und Dano (C-333/13); erneut Alimanovic"));
    }

    @Test
    void further_leading_cases_count_by_name_only_in_an_eu_context() {
        assertEquals(List.of("C-507/12 (Saint Prix)", "C-138/02 (Collins)"),
                cases.find("vgl. EuGH, Urteil in der Rechtssache Saint Prix; ebenso EuGH, Collins"));
        assertEquals(List.of("C-158/07 (Förster)"), cases.find("EuGH, Urteil vom 18. November 2008, Förster"));
        // A forester or a person's name is no citation.
        assertEquals(List.of(), cases.find("Der Förster Dias wohnt in Herne und arbeitet dort seit 2019."));
    }

    @Test
    void bare_old_style_numbers_are_not_eu_cases() {
        assertEquals(List.of(), cases.find("Az. 370/17 und 53/81 ohne Rs."));
    }
}
