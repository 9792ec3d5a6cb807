package de.tenor.extract;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms German court pages and news sites print: {@code 13.05.2024},
 * {@code 13. Mai 2024}, {@code 2024-05-13} (also with a time, as in {@code article:published_time}).
 *
 * <p>Portals carry typos such as "08.10.2205" (a real Brandenburg page). A date before 1900 or
 * after today (per the injected {@link Clock}) is rejected rather than stored: a wrong date would
 * sort a ruling to the top of every list. Thread-safe.
 */
public final class GermanDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1), Map.entry("jänner", 1),
            Map.entry("februar", 2), Map.entry("feb", 2),
            Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("mär", 3), Map.entry("mrz", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
                    + "|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\\.?\\s(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final int MIN_YEAR = 1900;

    private final Clock clock;

    public GermanDates(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The date in a field that holds one date, e.g. NRWE "Datum:" or a {@code <time datetime>}. */
    public Optional<LocalDate> parse(String s) {
        return find(s);
    }

    /** The first plausible date anywhere in {@code text}; impossible dates are skipped. */
    public Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = Texts.normalizeSpace(text);
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {NUMERIC, WORDS, ISO}) {
            Matcher m = p.matcher(t);
            while (m.find() && m.start() < bestStart) {
                Optional<LocalDate> d = p == ISO ? valid(m.group(1), m.group(2), m.group(3))
                        : valid(m.group(3), month(m.group(2)), m.group(1));
                if (d.isPresent()) {
                    best = d.get();
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the date is a possible decision or publication date (not before 1900, not in the future). */
    public boolean isPlausible(LocalDate date) {
        return date != null && date.getYear() >= MIN_YEAR && !date.isAfter(LocalDate.now(clock));
    }

    private Optional<LocalDate> valid(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return isPlausible(d) ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 31.02., month 13: not a date, keep looking
        }
    }

    private static String month(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s;
        }
        Integer m = MONTHS.get(s.toLowerCase(Locale.GERMAN));
        return m == null ? "0" : m.toString();
    }
}
