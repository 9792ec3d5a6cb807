package de.tenor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small text helpers shared by the demo writers: German dates and amounts, random picks, escaping. */
final class Texts {

    static final String NOTICE = "Beispieldaten – keine echten Entscheidungen";
    static final String RULING_NOTICE = NOTICE
            + ". Diese Entscheidung ist frei erfunden und dient nur zur Demonstration von Tenor.";
    static final String NEWS_NOTICE = NOTICE
            + ". Dieser Artikel ist frei erfunden und dient nur zur Demonstration von Tenor.";

    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember"};

    private Texts() {
    }

    /** {@code 13. Mai 2024}; built by hand so the output never depends on the JDK's locale data. */
    static String longDate(LocalDate d) {
        return d.getDayOfMonth() + ". " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** {@code 13.05.2024}. */
    static String shortDate(LocalDate d) {
        return String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** {@code März 2023}. */
    static String monthYear(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** {@code 1.050,00} — German grouping and decimal comma, no currency. */
    static String euro(int amount) {
        String digits = Integer.toString(amount);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return sb + ",00";
    }

    /** {@code 12,41}. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @SafeVarargs
    static <T> T pick(Random rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    static <T> T pick(Random rnd, List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    static int between(Random rnd, int min, int maxInclusive) {
        return min + rnd.nextInt(maxInclusive - min + 1);
    }

    static boolean chance(Random rnd, double p) {
        return rnd.nextDouble() < p;
    }

    /** Joins sentences with single spaces, skipping empty ones. */
    static String join(String... sentences) {
        List<String> parts = new ArrayList<>();
        for (String s : sentences) {
            if (s != null && !s.isBlank()) {
                parts.add(s.strip());
            }
        }
        return String.join(" ", parts);
    }

    /** Lowercase ASCII slug: umlauts transliterated, everything else non-alphanumeric becomes one dash. */
    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
