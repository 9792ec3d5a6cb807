package de.tenor.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the city of the <em>authority</em> whose decision a ruling is about (the Jobcenter or
 * foreigners' office), which is not the seat of the court: VG Gelsenkirchen decides for Dortmund,
 * Bochum and Essen too (docs/DOMAIN.md "City vs court").
 *
 * <p>The rubrum names the parties, so it wins over the reasons; in the reasons only phrases that
 * denote an authority count ("Jobcenter Essen", "Oberbürgermeisterin der Stadt Duisburg"), not
 * every place mentioned ("wohnt in Herne"). An anonymised authority ("Stadt H.") yields
 * {@value #UNKNOWN}: the city is hidden, and guessing would put the ruling in a wrong facet.
 * Stateless and thread-safe.
 */
public final class CityResolver {

    public static final String UNKNOWN = "unknown";

    /**
     * How anonymisation replaces a place name: "H.", "E.", "...", "***", "XXX", a bare capital
     * ("Jobcenter H,"), a code ("N01") or "H-Stadt".
     */
    private static final String ANON = "(?:[A-ZÄÖÜ]{1,2}\\.(?!\\p{L})|\\.{3}|…|\\*{2,}|X{1,3}(?![\\p{L}])"
            + "|[A-ZÄÖÜ](?=[\\s,;:)]|$)|[A-Z]\\d{1,3}(?![\\d/])|[A-ZÄÖÜ]-Stadt(?![\\p{L}]))";
    private static final String NAME = "(?<![\\p{L}-])(?:" + KnownCities.ALTERNATION + "|(" + ANON + "))";
    private static final String JOBCENTER =
            "(?:Job[Cc]enters?|JOBCENTER|Integrationscenters?\\s+für\\s+Arbeit|Sozialagentur|ARGE|Arbeitsgemeinschaft)"
                    + "\\s+(?:der\\s+Stadt\\s+|des\\s+|im\\s+|in\\s+)?";
    /**
     * A city by its title as printed in rubrums (issue 20): "Landeshauptstadt Düsseldorf", "kreisfreie
     * Stadt Hagen", "Stadtverwaltung Bochum" are the city as much as "Stadt Bochum" is.
     */
    private static final String STADT = "(?:Stadt|Landeshauptstadt|[Kk]reisfreie[n]?\\s+Stadt|Stadtverwaltung(?:\\s+der\\s+Stadt)?)";
    private static final String OFFICIAL =
            "(?:Ausländerbehörde|Ausländeramt|Ausländeramtes|Oberbürgermeister(?:in|s)?|Bürgermeister(?:in|s)?"
                    + "|Landrat|Landrätin|Landrats)\\s+(?:der\\s+" + STADT + "\\s+|des\\s+|der\\s+)?";
    private static final String SUED_CITY =
            "(?:gegen\\s+die|beklagte|antragsgegnerische|Antragsgegnerin,?\\s+die|Beklagte,?\\s+die)\\s+" + STADT + "\\s+";
    private static final String ACT_OF_CITY =
            "(?:Ordnungsverfügung|Bescheid|Bescheides|Bescheids|Verfügung|Verlustfeststellung|Feststellung)"
                    + "(?:[^.;]|\\.(?=\\d)){0,80}?"
                    + "\\s(?:der|des)\\s+(?:" + STADT + "\\s+)?";
    /** The city administration is an authority wherever it is named. */
    private static final String CITY_ADMINISTRATION = "\\bStadtverwaltung\\s+(?:der\\s+Stadt\\s+)?";

    private static final String ACTS = "stellte|hat|hatte|lehnte|erließ|ordnete|forderte|drohte|verfügte|teilte|wies|hörte"
            + "|verlangte|prüfte";
    /** The city acting as an authority: "… stellte die Stadt Dortmund fest", "die Stadt Hagen lehnte … ab". */
    private static final String ACTING_CITY = "\\b(?:die|der|Die)\\s+" + STADT + "\\s+" + NAME
            + "(?=\\s+(?:" + ACTS + ")\\b|,?\\s+vertreten\\s+durch\\b)|\\b(?:" + ACTS
            + ")\\s+(?:die|der)\\s+(?:beklagte\\s+|antragsgegnerische\\s+)?" + STADT + "\\s+" + NAME;
    /**
     * The first letters AUTHORITY's alternatives can start with. It changes no match; it spares the
     * alternation a try at every other position of a long text (issue 21: AUTHORITY over the reasons was 15 %
     * of extraction time). Keep it in step with the words above.
     */
    private static final String FIRST_LETTER = "(?=[JISAOBLgbaVFdDshleofvtwp])";
    /** Phrases that denote the authority anywhere, including the reasons. */
    private static final Pattern AUTHORITY = Pattern.compile(FIRST_LETTER
            + "(?:(?:" + JOBCENTER + "|" + OFFICIAL + "|" + SUED_CITY + "|" + ACT_OF_CITY + "|" + CITY_ADMINISTRATION + ")" + NAME
                    + "|" + ACTING_CITY + ")");
    /**
     * AUTHORITY over the reasons, tried only where one of its alternatives can start (issue 21: scanning the
     * reasons was the largest single share of extraction time). Every match starts with one of these words:
     * JOBCENTER's, OFFICIAL's, SUED_CITY's, ACT_OF_CITY's and CITY_ADMINISTRATION's first words, and for
     * ACTING_CITY "die"/"der"/"Die" before STADT's first word, or one of ACTS. The reasons are normalised
     * ({@link Texts#normalizeSpace}), so the {@code \s+} between two words is one space. Keep them in step
     * with the words above.
     */
    static final PrefixedPattern AUTHORITY_IN_REASONS = new PrefixedPattern(AUTHORITY, List.of(
            "Job", "JOBCENTER", "Integrationscenter", "Sozialagentur", "ARGE", "Arbeitsgemeinschaft",
            "Ausländer", "Oberbürgermeister", "Bürgermeister", "Landr",
            "gegen", "beklagte", "antragsgegnerische", "Antragsgegnerin", "Beklagte",
            "Ordnungsverfügung", "Bescheid", "Verfügung", "Verlustfeststellung", "Feststellung",
            "Stadtverwaltung",
            "die Stadt", "der Stadt", "Die Stadt", "die Landeshauptstadt", "der Landeshauptstadt", "Die Landeshauptstadt",
            "die kreisfreie", "der kreisfreie", "Die kreisfreie", "die Kreisfreie", "der Kreisfreie", "Die Kreisfreie",
            "stellte", "hat", "lehnte", "erließ", "ordnete", "forderte", "drohte", "verfügte", "teilte", "wies", "hörte",
            "verlangte", "prüfte"));
    /** In the rubrum a bare "Stadt X" or "Kreis X" is the party itself. */
    private static final Pattern RUBRUM_PARTY = Pattern.compile(
            "(?:\\b" + STADT + "\\s+|(?=Kreis\\s|Kreises\\s|Ennepe-Ruhr-Kreis|Märkische))" + NAME);
    /** An unknown city after "Jobcenter"/"Stadt" in the rubrum is still the authority's city. */
    private static final Pattern RUBRUM_OTHER = Pattern.compile(
            "(?:" + JOBCENTER + "|\\b" + STADT + "\\s+)([A-ZÄÖÜ][\\p{L}-]+(?:\\s(?:an\\sder|am)\\s[A-ZÄÖÜ][\\p{L}]+)?)");
    private static final Set<String> NOT_A_CITY = Set.of("Der", "Die", "Das", "Kreis", "Stadt", "Vertreten", "Mitte");
    private static final Pattern NEWS_CITY = Pattern.compile("(?<![\\p{L}-])(?:" + KnownCities.ALTERNATION
            + "|(" + String.join("|", KnownCities.ADJECTIVES.keySet()) + ")(?![\\p{L}-]))");
    /** "das Essen", "zum Essen": the German noun, not the city. */
    private static final Pattern MEAL = Pattern.compile("(?:das|dem|beim|zum|vom|kein|warmes|gutes|ein|gemeinsame[sn]?)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** The authority's city for a ruling; {@value #UNKNOWN} when the text does not name it. */
    public String resolve(String rubrum, String text) {
        Optional<String> fromRubrum = fromRubrum(rubrum == null ? "" : Texts.normalizeSpace(rubrum));
        if (fromRubrum.isPresent()) {
            return fromRubrum.get();
        }
        return fromReasons(text == null ? "" : Texts.normalizeSpace(text)).orElse(UNKNOWN);
    }

    /**
     * Every known city a news text mentions, in order of first mention. A court seat
     * ("Sozialgericht Dortmund") is a mention too: news rarely name the authority as precisely as a rubrum.
     */
    public List<String> mentioned(String text) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        String t = Texts.normalizeSpace(text);
        Matcher m = NEWS_CITY.matcher(t);
        while (m.find()) {
            String city = m.group(1) != null ? KnownCities.canonical(m.group(1)).orElse(null)
                    : KnownCities.ADJECTIVES.get(m.group(2));
            String before = t.substring(Math.max(0, m.start() - 12), m.start());
            boolean meal = "Essen".equals(city) && m.group(1) != null && MEAL.matcher(before).find();
            if (city != null && !meal) {
                seen.putIfAbsent(city, true);
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    private Optional<String> fromRubrum(String rubrum) {
        if (rubrum.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> authority = first(AUTHORITY.matcher(rubrum));
        if (authority.isPresent()) {
            return authority;
        }
        Matcher other = RUBRUM_OTHER.matcher(rubrum);
        while (other.find()) {
            if (!NOT_A_CITY.contains(other.group(1))) {
                return Optional.of(KnownCities.canonical(other.group(1)).orElse(other.group(1)));
            }
        }
        return first(RUBRUM_PARTY.matcher(rubrum));
    }

    private Optional<String> fromReasons(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        AUTHORITY_IN_REASONS.forEachMatch(text, m -> counts.merge(city(m), 1, Integer::sum));
        // Most frequent authority wins; ties go to the first mentioned (LinkedHashMap order).
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> first(Matcher m) {
        return m.find() ? Optional.of(city(m)) : Optional.empty();
    }

    /** Group 1 (3, …) is a known spelling, group 2 (4, …) an anonymised name. */
    private static String city(MatchResult m) {
        // Every NAME in a pattern adds a pair of groups: (known spelling)(anonymised).
        for (int g = 1; g + 1 <= m.groupCount(); g += 2) {
            if (m.group(g) != null) {
                return KnownCities.canonical(m.group(g)).orElse(UNKNOWN);
            }
            if (m.group(g + 1) != null) {
                return UNKNOWN;
            }
        }
        return UNKNOWN;
    }
}
