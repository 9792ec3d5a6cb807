package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11: the hour and pay range parameters; bad input is a German message naming the value. */
class FactFilterTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(nullValues = "null", textBlock = """
            8,    12,   null, null, 8.0,  12.0, null,  null
            '7,5', null, null, null, 7.5, null, null,  null
            null, null, 200,  '450.50', null, null, 200.0, 450.5
            ' 8 ', '',   null, null, 8.0,  null, null,  null
            0,    0,    0,    0,    0.0,  0.0,  0.0,   0.0
            """)
    void numbers_with_comma_or_point_are_read(String hMin, String hMax, String pMin, String pMax,
                                              Double eHMin, Double eHMax, Double ePMin, Double ePMax) {
        assertEquals(new FactFilter(eHMin, eHMax, ePMin, ePMax), FactFilter.parse(hMin, hMax, pMin, pMax));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            abc  | null | null | null | hoursMin=abc ist keine Zahl
            -3   | null | null | null | hoursMin=-3 ist negativ
            null | null | 1e5  | null | payMin=1e5 ist keine Zahl
            null | NaN  | null | null | hoursMax=NaN ist keine Zahl
            12   | 8    | null | null | Das Minimum 12 liegt über dem Maximum 8
            null | null | 700  | 500  | Das Minimum 700 € liegt über dem Maximum 500 €
            8 h  | null | null | null | ohne Einheit
            """)
    void bad_ranges_are_refused_with_the_value(String hMin, String hMax, String pMin, String pMax, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> FactFilter.parse(hMin, hMax, pMin, pMax));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            8.0,   8
            7.5,   7.5
            450.25, 450.25
            """)
    void bounds_are_written_back_without_needless_decimals(double value, String expected) {
        assertEquals(expected, FactFilter.format(value));
    }
}
