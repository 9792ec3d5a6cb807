package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits German legal text into sentences without cutting at the abbreviations that fill it
 * ("§ 80 Abs. 5 VwGO", "Az. S 31 AS …", "Stadt H.") and with numbered tenor items
 * ("1. Die Klage … 2. Die Kosten …") as separate sentences. Stateless.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("abs", "nr", "art", "s", "rn", "rdnr", "az", "vgl", "bzw",
            "buchst", "ziff", "halbs", "hs", "i.v.m", "u.a", "z.b", "d.h", "v", "dr", "st", "ggf", "geb", "bl", "alt",
            "lit", "a.a.o", "u", "ca", "bzgl", "gem", "vorl", "einstw", "str", "vo", "rs");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}");
    private static final Pattern LEADING_ITEM = Pattern.compile("^(?:\\d{1,2}\\.|[IVX]{1,4}\\.)\\s+");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = Texts.normalizeSpace(line);
            int start = 0;
            for (int space = l.indexOf(' '); space > 0; space = l.indexOf(' ', space + 1)) {
                if (isBoundary(l, space) && !endsWithAbbreviation(l.substring(start, space))) {
                    add(out, l.substring(start, space));
                    start = space + 1;
                }
            }
            add(out, l.substring(start));
        }
        return out;
    }

    /**
     * A sentence may end at this space (the line has single spaces only): after {@code . ! ? ;}, before
     * a capital or {@code §}, or before a numbered item ("2. Die Kosten", "IV. Gründe") — the same
     * boundary as {@code (?<=[.!?;])\\s+(?=(?:\\d{1,2}\\.\\s+|[IVX]{1,4}\\.\\s+)?[A-ZÄÖÜ§])}, found by one
     * look at each space instead of a regex tried at every character (it ran for every line of every ruling).
     */
    static boolean isBoundary(String l, int space) {
        char before = l.charAt(space - 1);
        if (before != '.' && before != '!' && before != '?' && before != ';') {
            return false;
        }
        int next = space + 1;
        if (next < l.length() && isSentenceStart(l.charAt(next))) {
            return true; // also covers a Roman item, whose numeral is a capital itself
        }
        int digits = 0;
        while (next + digits < l.length() && digits < 3 && isAsciiDigit(l.charAt(next + digits))) {
            digits++;
        }
        int dot = next + digits;
        return digits >= 1 && digits <= 2 && dot + 2 < l.length() && l.charAt(dot) == '.' && l.charAt(dot + 1) == ' '
                && isSentenceStart(l.charAt(dot + 2));
    }

    private static boolean isSentenceStart(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Ä' || c == 'Ö' || c == 'Ü' || c == '§';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<String> out, String sentence) {
        String s = LEADING_ITEM.matcher(sentence.strip()).replaceFirst("");
        if (!s.isBlank()) {
            out.add(s);
        }
    }

    private static boolean endsWithAbbreviation(String chunk) {
        if (!chunk.endsWith(".")) {
            return false;
        }
        int space = chunk.lastIndexOf(' ');
        String word = chunk.substring(space + 1, chunk.length() - 1).toLowerCase(Locale.GERMAN);
        // A single capital ("Stadt H.") is an anonymised name and "13." an ordinal ("13. Mai 2024"),
        // neither ends a sentence.
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0))
                || ORDINAL.matcher(word).matches();
    }
}
