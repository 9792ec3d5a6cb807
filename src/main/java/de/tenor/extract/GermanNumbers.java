package de.tenor.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers as German court texts print them: digits with a decimal comma ("5,5"), dots
 * between thousands ("1.148,50"), a trailing dash for whole euros ("450,-"), and small numbers as
 * words ("zwölf", "einundzwanzig", "fünfeinhalb", "anderthalb"). Anything else is empty, never a
 * guess: "1.5" is not one and a half (dots group thousands in German). Stateless.
 */
final class GermanNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("ein", 1), Map.entry("eins", 1), Map.entry("eine", 1), Map.entry("einer", 1),
            Map.entry("einem", 1), Map.entry("einen", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
            Map.entry("acht", 8), Map.entry("neun", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwölf", 12), Map.entry("dreizehn", 13),
            Map.entry("vierzehn", 14), Map.entry("fünfzehn", 15), Map.entry("sechzehn", 16), Map.entry("siebzehn", 17),
            Map.entry("achtzehn", 18), Map.entry("neunzehn", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "zwanzig", 20, "dreißig", 30, "vierzig", 40, "fünfzig", 50, "sechzig", 60, "siebzig", 70, "achtzig", 80,
            "neunzig", 90);
    /** Single words only: "ein Monat" must not become a number unless the caller asks for a count. */
    private static final int MAX_WORD_VALUE = 9999;

    private GermanNumbers() {
    }

    /** A number written with digits: "12", "5,5", "1.148,50", "450,-", "450,--". */
    static Optional<Double> parseDigits(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().replaceAll(",-+$", "");
        if (!t.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t.replace(".", "").replace(',', '.')));
    }

    /** Digits or words: "zwölf" → 12, "fünfeinhalb" → 5.5, "einundzwanzig" → 21, "5,5" → 5.5. */
    static Optional<Double> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip();
        if (Character.isDigit(t.charAt(0))) {
            return parseDigits(t);
        }
        return parseWord(t);
    }

    /** A number written as one German word; "einhalb" adds a half ("zweieinhalb" → 2.5). */
    static Optional<Double> parseWord(String word) {
        String w = word.strip().toLowerCase(Locale.GERMAN).replace("ss", "ß");
        if (w.equals("anderthalb") || w.equals("eineinhalb")) {
            return Optional.of(1.5);
        }
        if (w.equals("halb") || w.equals("halbe")) {
            return Optional.of(0.5);
        }
        double half = 0;
        if (w.endsWith("einhalb") && w.length() > "einhalb".length()) {
            half = 0.5;
            w = w.substring(0, w.length() - "einhalb".length());
        }
        int whole = whole(w);
        if (whole < 0 || whole > MAX_WORD_VALUE) {
            return Optional.empty();
        }
        return Optional.of(whole + half);
    }

    /** 0–9999 from words like "zweihundertfünfzig", or -1. */
    private static int whole(String w) {
        if (w.isEmpty()) {
            return -1;
        }
        int thousand = w.indexOf("tausend");
        if (thousand >= 0) {
            int head = thousand == 0 ? 1 : whole(w.substring(0, thousand));
            String rest = w.substring(thousand + "tausend".length());
            int tail = rest.isEmpty() ? 0 : whole(rest);
            return head < 1 || head > 9 || tail < 0 ? -1 : head * 1000 + tail;
        }
        int hundred = w.indexOf("hundert");
        if (hundred >= 0) {
            int head = hundred == 0 ? 1 : below100(w.substring(0, hundred));
            String rest = w.substring(hundred + "hundert".length());
            int tail = rest.isEmpty() ? 0 : below100(rest);
            return head < 1 || head > 9 || tail < 0 ? -1 : head * 100 + tail;
        }
        return below100(w);
    }

    private static int below100(String w) {
        Integer simple = UNITS.get(w);
        if (simple == null) {
            simple = TEENS.get(w);
        }
        if (simple == null) {
            simple = TENS.get(w);
        }
        if (simple != null) {
            return simple;
        }
        int und = w.indexOf("und");
        if (und > 0) {
            Integer unit = UNITS.get(w.substring(0, und));
            Integer tens = TENS.get(w.substring(und + 3));
            if (unit != null && tens != null && unit > 0) {
                return tens + unit;
            }
        }
        return -1;
    }
}
