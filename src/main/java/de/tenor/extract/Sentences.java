package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits German legal text into sentences without cutting at the abbreviations that fill it
 * ("§ 80 Abs. 5 VwGO", "Az. S 31 AS …", "Stadt H.") and with numbered tenor items
 * ("1. Die Klage … 2. Die Kosten …") as separate sentences. Stateless.
 */
final class Sentences {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?;])\\s+(?=(?:\\d{1,2}\\.\\s+|[IVX]{1,4}\\.\\s+)?[A-ZÄÖÜ§])");
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
            Matcher m = BOUNDARY.matcher(l);
            while (m.find()) {
                if (!endsWithAbbreviation(l.substring(start, m.start()))) {
                    add(out, l.substring(start, m.start()));
                    start = m.end();
                }
            }
            add(out, l.substring(start));
        }
        return out;
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
