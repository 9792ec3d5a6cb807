package de.tenor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cited judgments of the Court of Justice of the EU: case numbers ("C-67/14", old style
 * "Rs. 53/81") and the leading cases of this topic by name ("Alimanovic"). Known cases are written
 * {@code "C-67/14 (Alimanovic)"} so a name-only citation and a number-only citation meet in one
 * facet value. Stateless and thread-safe.
 */
public final class EuCaseExtractor {

    /** The leading cases of DOMAIN.md: number → short name. */
    private static final Map<String, String> NAMES = Map.of(
            "53/81", "Levin", "139/85", "Kempf", "66/85", "Lawrie-Blum", "C-14/09", "Genc",
            "C-333/13", "Dano", "C-67/14", "Alimanovic", "C-299/14", "García-Nieto", "C-181/19", "Jobcenter Krefeld");

    // Hyphens in case numbers come as "-", non-breaking "‑" or dashes depending on the word processor.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])([CT])\\s?[-‑–]\\s?(\\d{1,4})\\s?/\\s?(\\d{2})(?!\\d)");
    /** Before 1989 there was no "C-": only "Rs. 53/81" is safe, a bare "53/81" could be anything. */
    private static final Pattern OLD_NUMBER = Pattern.compile("\\b(?:Rs\\.|Rechtssachen?)\\s+(\\d{1,4})/(\\d{2})(?!\\d)");
    private static final Pattern NAME = Pattern.compile(
            "\\b(Levin|Kempf|Lawrie-Blum|Genc|Dano|Alimanovic|Garc[ií]a[- ]Nieto|Jobcenter Krefeld)\\b");

    /** Cited EU cases, distinct, in order of first citation. */
    public List<String> find(String text) {
        String t = Texts.normalizeSpace(text);
        List<Hit> hits = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.group(1) + "-" + m.group(2) + "/" + m.group(3)));
        }
        m = OLD_NUMBER.matcher(t);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.group(1) + "/" + m.group(2)));
        }
        m = NAME.matcher(t);
        while (m.find()) {
            String name = m.group(1).replace("Garcia", "García").replace("García Nieto", "García-Nieto");
            int start = m.start();
            NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                    .ifPresent(e -> hits.add(new Hit(start, e.getKey())));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        Map<String, String> distinct = new LinkedHashMap<>();
        for (Hit h : hits) {
            distinct.putIfAbsent(h.number(), NAMES.containsKey(h.number())
                    ? h.number() + " (" + NAMES.get(h.number()) + ")" : h.number());
        }
        return List.copyOf(distinct.values());
    }

    private record Hit(int start, String number) {
    }
}
