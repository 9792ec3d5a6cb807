package de.tenor.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the many printed forms of a court name to one short name and its {@link CourtBranch}:
 * "Verwaltungsgericht Gelsenkirchen" and "VG Gelsenkirchen" must land in the same facet bucket.
 *
 * <p>Matching is case-sensitive on purpose: "Verwaltungsgericht" must not match inside
 * "Oberverwaltungsgericht" or "Bundesverwaltungsgericht". Stateless and thread-safe.
 */
public final class CourtNames {

    /** A place name after the court word: "Gelsenkirchen", "Frankfurt am Main", "Frankfurt (Oder)". */
    private static final String PLACE =
            "([A-ZÄÖÜ][\\p{L}'-]+(?:\\s(?:am|an\\sder|a\\.\\s?d\\.)\\s[A-ZÄÖÜ][\\p{L}]+|\\s?\\([A-ZÄÖÜ][\\p{L}]+\\))?)";
    /** Capitalised words that follow a court word in running text but are no place. */
    private static final Set<String> NOT_A_PLACE = Set.of("Die", "Der", "Das", "Den", "Dem", "Des", "Im", "In", "Mit",
            "Zu", "Zur", "Auf", "Für", "Beschluss", "Urteil", "Gerichtsbescheid", "Az", "Aktenzeichen",
            "Ein", "Eine", "Es", "Er", "Sie", "Nach", "Bei", "Vom", "Am", "Kammer", "Senat", "Bundesrepublik");

    /** A word of four or more capitals: a shouting line, not an abbreviation like NRW or OVG. */
    private static final Pattern SHOUTING = Pattern.compile("\\b\\p{Lu}{4,}\\b");
    private static final Pattern CAPS_WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{Lu}-]*\\p{Lu}(?![\\p{L}])");
    private static final Set<String> FUNCTION_WORDS = Set.of("für", "das", "des", "der", "die", "den", "dem", "am", "an",
            "im", "in", "und", "vom", "von");
    private static final Map<String, String> ABBREVIATIONS = Map.of("BVERWG", "BVerwG", "BVERFG", "BVerfG", "EUGH", "EuGH",
            "ARBG", "ArbG");
    private static final String NRW =
            "(?:NRW|Nordrhein-Westfalen|für\\sdas\\sLand\\sNordrhein-Westfalen|des\\sLandes\\sNordrhein-Westfalen|Münster)";

    private record Rule(Pattern pattern, Function<Matcher, String> name, CourtBranch branch) {
        Rule(String regex, Function<Matcher, String> name, CourtBranch branch) {
            this(Pattern.compile(regex), name, branch);
        }
    }

    // Order matters only for matches starting at the same offset: the more specific rule comes first.
    private static final List<Rule> RULES = List.of(
            new Rule("\\b(?:Oberverwaltungsgericht(?:s|es)?|OVG)\\s" + NRW + "\\b", m -> "OVG NRW", CourtBranch.OVG),
            new Rule("\\b(?:Landessozialgericht(?:s|es)?|LSG)\\s" + NRW + "\\b", m -> "LSG NRW", CourtBranch.LSG),
            new Rule("\\b(?:Bundessozialgericht(?:s|es)?|BSG)\\b", m -> "BSG", CourtBranch.BSG),
            new Rule("\\b(?:Bundesverwaltungsgericht(?:s|es)?|BVerwG)\\b", m -> "BVerwG", CourtBranch.BVerwG),
            new Rule("\\b(?:Gerichtshof\\sder\\sEuropäischen\\sUnion|Europäischer?n?\\sGerichtshofs?|EuGH)\\b",
                    m -> "EuGH", CourtBranch.EuGH),
            new Rule("\\b(?:Oberverwaltungsgericht(?:s|es)?|OVG)\\s" + PLACE, m -> "OVG " + m.group(1), CourtBranch.OVG),
            // A VGH is the OVG-level court in Bavaria, Baden-Württemberg and Hesse.
            new Rule("\\b(?:Verwaltungsgerichtshof|VGH)\\s" + PLACE, m -> "VGH " + m.group(1), CourtBranch.OVG),
            new Rule("\\b([A-ZÄÖÜ][\\p{L}-]+(?:isches|sches|er))\\s(?:Verwaltungsgerichtshof|VGH)\\b",
                    m -> m.group(1) + " VGH", CourtBranch.OVG),
            new Rule("\\b(?:Landessozialgericht(?:s|es)?|LSG)\\s" + PLACE, m -> "LSG " + m.group(1), CourtBranch.LSG),
            new Rule("\\b([A-ZÄÖÜ][\\p{L}-]+(?:isches|sches|er))\\s(?:Landessozialgericht|LSG)\\b",
                    m -> m.group(1) + " LSG", CourtBranch.LSG),
            new Rule("\\b(?:Verwaltungsgericht(?:s|es)?|VG)\\s" + PLACE, m -> "VG " + m.group(1), CourtBranch.VG),
            new Rule("\\b(?:Sozialgericht(?:s|es)?|SG)\\s" + PLACE, m -> "SG " + m.group(1), CourtBranch.SG),
            // Courts outside this topic keep a recognisable short name so facets stay readable.
            new Rule("\\b(?:Bundesverfassungsgericht|BVerfG)\\b", m -> "BVerfG", CourtBranch.other),
            new Rule("\\b(?:Bundesgerichtshof|BGH)\\b", m -> "BGH", CourtBranch.other),
            new Rule("\\b(?:Bundesarbeitsgericht|BAG)\\b", m -> "BAG", CourtBranch.other),
            new Rule("\\b(?:Oberlandesgericht|OLG)\\s" + PLACE, m -> "OLG " + m.group(1), CourtBranch.other),
            new Rule("\\b(?:Landesarbeitsgericht|LAG)\\s" + PLACE, m -> "LAG " + m.group(1), CourtBranch.other),
            new Rule("\\b(?:Landgericht|LG)\\s" + PLACE, m -> "LG " + m.group(1), CourtBranch.other),
            new Rule("\\b(?:Amtsgericht|AG)\\s" + PLACE, m -> "AG " + m.group(1), CourtBranch.other),
            new Rule("\\b(?:Arbeitsgericht|ArbG)\\s" + PLACE, m -> "ArbG " + m.group(1), CourtBranch.other));

    /** ECLI court codes of the courts in docs/DOMAIN.md (from the official list of German ECLI codes). */
    private static final Map<String, Court> ECLI_CODES = Map.ofEntries(
            Map.entry("BVERWG", new Court("BVerwG", CourtBranch.BVerwG)),
            Map.entry("BSG", new Court("BSG", CourtBranch.BSG)),
            Map.entry("OVGNRW", new Court("OVG NRW", CourtBranch.OVG)),
            Map.entry("LSGNRW", new Court("LSG NRW", CourtBranch.LSG)),
            Map.entry("VGGE", new Court("VG Gelsenkirchen", CourtBranch.VG)),
            Map.entry("VGD", new Court("VG Düsseldorf", CourtBranch.VG)),
            Map.entry("VGAR", new Court("VG Arnsberg", CourtBranch.VG)),
            Map.entry("VGMS", new Court("VG Münster", CourtBranch.VG)),
            Map.entry("VGK", new Court("VG Köln", CourtBranch.VG)),
            Map.entry("VGAC", new Court("VG Aachen", CourtBranch.VG)),
            Map.entry("VGMI", new Court("VG Minden", CourtBranch.VG)),
            Map.entry("SGGE", new Court("SG Gelsenkirchen", CourtBranch.SG)),
            Map.entry("SGDO", new Court("SG Dortmund", CourtBranch.SG)),
            Map.entry("SGDU", new Court("SG Duisburg", CourtBranch.SG)),
            Map.entry("SGD", new Court("SG Düsseldorf", CourtBranch.SG)),
            Map.entry("SGK", new Court("SG Köln", CourtBranch.SG)),
            Map.entry("SGMS", new Court("SG Münster", CourtBranch.SG)),
            Map.entry("SGAC", new Court("SG Aachen", CourtBranch.SG)),
            Map.entry("SGDT", new Court("SG Detmold", CourtBranch.SG)));
    private static final Pattern ECLI_COURT = Pattern.compile("ECLI:([A-Z]{2}):([A-Za-z0-9]+):", Pattern.CASE_INSENSITIVE);

    /**
     * The court an ECLI names (its third part), for the courts of this topic; empty for others.
     * Used when a page has no labelled court but prints its own ECLI in the header.
     */
    public Optional<Court> fromEcli(String ecli) {
        Matcher m = ECLI_COURT.matcher(ecli == null ? "" : ecli);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1).equalsIgnoreCase("EU") && m.group(2).equalsIgnoreCase("C")) {
            return Optional.of(new Court("EuGH", CourtBranch.EuGH));
        }
        return Optional.ofNullable(ECLI_CODES.get(m.group(2).toUpperCase(Locale.ROOT)));
    }

    /** The court named first in {@code text}, if any. */
    public Optional<Court> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = unshout(Texts.normalizeSpace(text));
        Court best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(t);
            while (m.find() && m.start() < bestStart) {
                if (m.groupCount() >= 1 && m.group(1) != null && NOT_A_PLACE.contains(m.group(1))) {
                    continue;
                }
                best = new Court(rule.name().apply(m), rule.branch());
                bestStart = m.start();
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Court PDFs print the court in capitals ("VERWALTUNGSGERICHT GELSENKIRCHEN", "OBERVERWALTUNGSGERICHT
     * FÜR DAS LAND NORDRHEIN-WESTFALEN"); matching is case-sensitive, so such words get their usual case.
     * Short all-caps words (NRW, OVG, SG) are abbreviations and stay.
     */
    static String unshout(String t) {
        if (!SHOUTING.matcher(t).find()) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        Matcher m = CAPS_WORD.matcher(t);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.GERMAN);
            String replacement = ABBREVIATIONS.containsKey(w) ? ABBREVIATIONS.get(w)
                    : FUNCTION_WORDS.contains(lower) ? lower
                    : w.length() < 4 ? w : titleCase(lower);
            out.append(t, last, m.start()).append(replacement);
            last = m.end();
        }
        return out.append(t.substring(last)).toString();
    }

    private static String titleCase(String lower) {
        StringBuilder sb = new StringBuilder(lower);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i - 1) == '-') {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }

    /**
     * The court for a printed name such as NRWE's "Gericht:" field. Unknown courts keep the name
     * as printed with branch {@code other}, because a printed name is still better than none.
     */
    public Court resolve(String printed) {
        String name = Texts.normalizeSpace(printed == null ? "" : printed);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("court name must not be blank");
        }
        return find(name).orElse(new Court(name, CourtBranch.other));
    }
}
