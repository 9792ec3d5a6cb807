package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GermanDatesTest {

    /** "Today" for these tests; dates after it are misprints. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final GermanDates dates = new GermanDates(TODAY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            13.05.2024                      | 2024-05-13
            3.5.2024                        | 2024-05-03
            13. Mai 2024                    | 2024-05-13
            1. März 2023                    | 2023-03-01
            01. Maerz 2023                  | 2023-03-01
            13. Dezember 2023               | 2023-12-13
            7. Okt. 2025                    | 2025-10-07
            2024-05-13                      | 2024-05-13
            2025-11-03T09:30:00+01:00       | 2025-11-03
            Datum: 18.10.1995               | 1995-10-18
            Beschluss vom 13.05.2024        | 2024-05-13
            08.10.2205                      | null
            31.02.2024                      | null
            13.13.2024                      | null
            02.03.2026                      | null
            01.01.1899                      | null
            kein Datum                      | null
            """)
    void date_forms_are_read_and_impossible_dates_rejected(String input, LocalDate expected) {
        assertEquals(expected, dates.parse(input).orElse(null));
    }

    @Test
    void misprinted_year_is_skipped_in_favour_of_the_next_plausible_date() {
        assertEquals(LocalDate.of(2025, 10, 8), dates.find("Entscheidungsdatum 08.10.2205, ECLI-Datum 08.10.2025").orElseThrow());
    }

    @Test
    void date_after_today_per_clock_is_not_plausible() {
        assertFalse(dates.isPlausible(LocalDate.of(2026, 3, 2)));
    }
}
