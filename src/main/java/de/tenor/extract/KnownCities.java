package de.tenor.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cities and districts of docs/DOMAIN.md's court table (plus a few Ruhr neighbours), each with the
 * spellings found in court texts and the one canonical name used as facet value.
 * Immutable and thread-safe.
 */
final class KnownCities {

    /** Spelling → canonical name. Longer spellings must win ("Kreis Recklinghausen" over "Recklinghausen"). */
    private static final Map<String, String> VARIANTS = variants();

    /** Any known spelling as a whole word ("Duisburg-Marxloh" counts); group 1 is the spelling. */
    static final String ALTERNATION = VARIANTS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(v -> Pattern.quote(v).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|", "(", ")(?!\\p{L})"));

    /** City names as adjectives ("die Duisburger Ausländerbehörde"), for news. */
    static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("Gelsenkirchener", "Gelsenkirchen"), Map.entry("Duisburger", "Duisburg"),
            Map.entry("Dortmunder", "Dortmund"), Map.entry("Essener", "Essen"), Map.entry("Bochumer", "Bochum"),
            Map.entry("Hagener", "Hagen"), Map.entry("Herner", "Herne"), Map.entry("Bottroper", "Bottrop"),
            Map.entry("Oberhausener", "Oberhausen"), Map.entry("Mülheimer", "Mülheim an der Ruhr"),
            Map.entry("Düsseldorfer", "Düsseldorf"));

    private KnownCities() {
    }

    /** The canonical name for a spelling matched by {@link #ALTERNATION}. */
    static Optional<String> canonical(String spelling) {
        return Optional.ofNullable(VARIANTS.get(Texts.normalizeSpace(spelling)));
    }

    private static Map<String, String> variants() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String city : new String[] {"Gelsenkirchen", "Bottrop", "Herne", "Dortmund", "Bochum", "Essen", "Duisburg",
                "Oberhausen", "Düsseldorf", "Hagen", "Hamm", "Recklinghausen", "Gladbeck", "Castrop-Rauxel", "Herten",
                "Marl", "Witten", "Lünen", "Unna", "Moers", "Dinslaken"}) {
            m.put(city, city);
        }
        m.put("Duesseldorf", "Düsseldorf");
        for (String v : new String[] {"Mülheim an der Ruhr", "Mülheim a. d. Ruhr", "Mülheim a.d. Ruhr",
                "Mülheim/Ruhr", "Mülheim (Ruhr)", "Mülheim"}) {
            m.put(v, "Mülheim an der Ruhr");
        }
        // Districts run their own Jobcenter and foreigners' office: the facet value keeps "Kreis".
        for (String district : new String[] {"Recklinghausen", "Unna", "Wesel", "Kleve"}) {
            m.put("Kreis " + district, "Kreis " + district);
            m.put("Kreises " + district, "Kreis " + district);
        }
        m.put("Ennepe-Ruhr-Kreis", "Ennepe-Ruhr-Kreis");
        m.put("Ennepe-Ruhr-Kreises", "Ennepe-Ruhr-Kreis");
        m.put("Märkischer Kreis", "Märkischer Kreis");
        m.put("Märkischen Kreises", "Märkischer Kreis");
        return Map.copyOf(m);
    }
}
