package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11: numbers as German rulings print them; anything unclear is empty, never a guess. */
class GermanNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            12              | 12
            5,5             | 5.5
            450,00          | 450
            1.148           | 1148
            1.148,50        | 1148.5
            450,-           | 450
            450,--          | 450
            zwölf           | 12
            Zwölf           | 12
            fünfeinhalb     | 5.5
            zweieinhalb     | 2.5
            eineinhalb      | 1.5
            anderthalb      | 1.5
            einundzwanzig   | 21
            dreißig         | 30
            dreissig        | 30
            zehn            | 10
            eine            | 1
            zweihundertvierzig | 240
            tausend         | 1000
            1.5             | null
            1,5,5           | null
            12a             | null
            mehreren        | null
            wenigen         | null
            einige          | null
            -3              | null
            NaN             | null
            ''              | null
            """)
    void number_is_read_as_printed(String printed, Double expected) {
        assertEquals(Optional.ofNullable(expected), GermanNumbers.parse(printed));
    }
}
