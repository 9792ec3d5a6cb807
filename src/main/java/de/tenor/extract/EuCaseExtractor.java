package de.tenor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds cited judgments of the Court of Justice of the EU: case numbers ("C-67/14", old style
 * "Rs. 53/81") and the leading cases of free movement and worker status by name ("Alimanovic").
 * Known cases are written {@code "C-67/14 (Alimanovic)"} so a name-only citation and a
 * number-only citation meet in one facet value. Stateless and thread-safe.
 *
 * <p>The core cases of docs/DOMAIN.md count by name anywhere. The further names are also ordinary
 * surnames or words ("Förster", "Dias", "Collins"), so they count only next to a sign of an EU
 * citation ("EuGH", "Rs.", "Rechtssache", "Urteil", a case number).
 */
public final class EuCaseExtractor {

    /** The leading cases of docs/DOMAIN.md: number → short name; recognised by name anywhere. */
    private static final Map<String, String> CORE = Map.of(
            "53/81", "Levin", "139/85", "Kempf", "66/85", "Lawrie-Blum", "C-14/09", "Genc",
            "C-333/13", "Dano", "C-67/14", "Alimanovic", "C-299/14", "García-Nieto", "C-181/19", "Jobcenter Krefeld");
    /** Further cases on workers, students, jobseekers and benefits; recognised by name only in an EU context. */
    private static final Map<String, String> MORE = Map.ofEntries(
            Map.entry("196/87", "Steymann"), Map.entry("344/87", "Bettray"), Map.entry("C-357/89", "Raulin"),
            Map.entry("C-444/93", "Megner und Scheffel"), Map.entry("C-85/96", "Martínez Sala"),
            Map.entry("C-184/99", "Grzelczyk"), Map.entry("C-413/99", "Baumbast"), Map.entry("C-413/01", "Ninni-Orasche"),
            Map.entry("C-138/02", "Collins"), Map.entry("C-456/02", "Trojani"), Map.entry("C-200/02", "Zhu und Chen"),
            Map.entry("C-209/03", "Bidar"), Map.entry("C-94/07", "Raccanelli"), Map.entry("C-158/07", "Förster"),
            Map.entry("C-22/08", "Vatsouras"), Map.entry("C-310/08", "Ibrahim"), Map.entry("C-480/08", "Teixeira"),
            Map.entry("C-34/09", "Ruiz Zambrano"), Map.entry("C-325/09", "Dias"), Map.entry("C-424/10", "Ziolkowski"),
            Map.entry("C-140/12", "Brey"), Map.entry("C-507/12", "Saint Prix"), Map.entry("C-133/15", "Chavez-Vilchez"),
            Map.entry("C-442/16", "Gusa"), Map.entry("C-483/17", "Tarola"));
    private static final Map<String, String> NAMES = names();

    // Hyphens in case numbers come as "-", non-breaking "‑" or dashes depending on the word processor.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])([CT])\\s?[-‑–]\\s?(\\d{1,4})\\s?/\\s?(\\d{2})(?!\\d)");
    /** Before 1989 there was no "C-": only "Rs. 53/81" is safe, a bare "53/81" could be anything. */
    private static final Pattern OLD_NUMBER = Pattern.compile("\\b(?:Rs\\.|Rechtssachen?)\\s+(\\d{1,4})/(\\d{2})(?!\\d)");
    // The lookaheads on the first letter change no match: they spare the alternations of names a try at
    // every word of the text (issue 21).
    private static final Pattern CORE_NAME = Pattern.compile(
            "\\b(?=[LKGDAJ])(Levin|Kempf|Lawrie-Blum|Genc|Dano|Alimanovic|Garc[ií]a[- ]Nieto|Jobcenter Krefeld)\\b");
    private static final Pattern MORE_NAME_PATTERN = Pattern.compile("\\b(?=[BCDFGIMNRSTVZ])(Steymann|Bettray|Raulin|Megner(?: und|/| u\\.) ?Scheffel"
            + "|Mart[ií]nez Sala|Grzelczyk|Baumbast|Ninni-Orasche|Collins|Trojani|Zhu(?: und|/| u\\.) ?Chen|Bidar|Raccanelli"
            + "|Förster|Vatsouras|Ibrahim|Teixeira|(?:Ruiz )?Zambrano|Dias|Ziolkowski|Brey|Saint Prix|Chavez-Vilchez|Gusa"
            + "|Tarola)\\b");
    /** MORE_NAME_PATTERN tried only where a name starts (issue 21: it was tried at every word); keep in step with it. */
    static final PrefixedPattern MORE_NAME = new PrefixedPattern(MORE_NAME_PATTERN, List.of("Steymann", "Bettray", "Raulin",
            "Megner", "Martínez", "Martinez", "Grzelczyk", "Baumbast", "Ninni-Orasche", "Collins", "Trojani", "Zhu", "Bidar",
            "Raccanelli", "Förster", "Vatsouras", "Ibrahim", "Teixeira", "Ruiz ", "Zambrano", "Dias", "Ziolkowski", "Brey",
            "Saint Prix", "Chavez-Vilchez", "Gusa", "Tarola"));
    // Case numbers have a slash, rare in running text; the core names are few (issue 21: four scans of every text).
    private static final AnchoredPattern NUMBER_NEAR_SLASH = new AnchoredPattern(NUMBER, List.of("/"), 30);
    private static final AnchoredPattern OLD_NUMBER_NEAR_SLASH = new AnchoredPattern(OLD_NUMBER, List.of("/"), 30);
    private static final AnchoredPattern CORE_NAME_AROUND = new AnchoredPattern(CORE_NAME, List.of("Levin", "Kempf",
            "Lawrie-Blum", "Genc", "Dano", "Alimanovic", "Nieto", "Jobcenter Krefeld"), 30);
    /** Words near a name that show an EU case is meant, not a person or an ordinary word. */
    private static final Pattern EU_CONTEXT = Pattern.compile(
            "EuGH|Gerichtshof|\\bRs\\.|Rechtssache|Urteil|Entscheidung|\\bSache\\b|\\bC-\\d|Slg\\.|ECLI:EU");
    private static final int CONTEXT_CHARS = 80;

    /** Cited EU cases, distinct, in order of first citation. */
    public List<String> find(String text) {
        String t = Texts.normalizeSpace(text);
        List<Hit> hits = new ArrayList<>();
        NUMBER_NEAR_SLASH.forEachMatch(t, n -> hits.add(new Hit(n.start(), n.group(1) + "-" + n.group(2) + "/" + n.group(3))));
        OLD_NUMBER_NEAR_SLASH.forEachMatch(t, n -> hits.add(new Hit(n.start(), n.group(1) + "/" + n.group(2))));
        CORE_NAME_AROUND.forEachMatch(t, n -> addByName(hits, n.start(), n.group(1)));
        MORE_NAME.forEachMatch(t, m -> {
            String around = t.substring(Math.max(0, m.start() - CONTEXT_CHARS), Math.min(t.length(), m.end() + 20));
            if (EU_CONTEXT.matcher(around).find()) {
                addByName(hits, m.start(), m.group(1));
            }
        });
        hits.sort(Comparator.comparingInt(Hit::start));
        Map<String, String> distinct = new LinkedHashMap<>();
        for (Hit h : hits) {
            distinct.putIfAbsent(h.number(), NAMES.containsKey(h.number())
                    ? h.number() + " (" + NAMES.get(h.number()) + ")" : h.number());
        }
        return List.copyOf(distinct.values());
    }

    private static void addByName(List<Hit> hits, int start, String printed) {
        String name = canonicalName(printed);
        NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                .ifPresent(e -> hits.add(new Hit(start, e.getKey())));
    }

    private static String canonicalName(String printed) {
        String n = printed.replace("Garcia", "García").replace("García Nieto", "García-Nieto")
                .replace("Martinez", "Martínez");
        if (n.startsWith("Megner")) {
            return "Megner und Scheffel";
        }
        if (n.startsWith("Zhu")) {
            return "Zhu und Chen";
        }
        return n.equals("Zambrano") ? "Ruiz Zambrano" : n;
    }

    private static Map<String, String> names() {
        Map<String, String> all = new LinkedHashMap<>(CORE);
        all.putAll(MORE);
        return Map.copyOf(all);
    }

    private record Hit(int start, String number) {
    }
}
