package de.tenor.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cited provisions ("§ 7 Abs. 1 Satz 2 Nr. 2 SGB II") and writes them in one spelling
 * ({@code "§ 7 Abs. 1 S. 2 Nr. 2 SGB II"}), so the norm facet and links group the same provision
 * however the court typed it. First cut: single provisions only; lists such as "§§ 2, 5" yield
 * their first member. Stateless and thread-safe.
 */
public final class NormExtractor {

    /** A statute: SGB with its book, EU acts with their number, otherwise an abbreviation like VwGO, GG, FreizügG/EU. */
    private static final String LAW = "(SGB\\s+[IVX]{1,4}(?![\\p{L}])|(?:RL|Richtlinie)\\s+\\d{4}/\\d{1,3}/(?:EG|EU|EWG)"
            + "|VO\\s*\\((?:EU|EG|EWG)\\)\\s*(?:Nr\\.\\s*)?\\d{1,4}/\\d{2,4}|VO\\s+(?:Nr\\.\\s*)?\\d{1,4}/\\d{2,4}"
            + "|(?!RdNr|Rdnr|Rn|Rz)[A-ZÄÖÜ][a-zäöüß]*[A-Z][A-Za-zäöüß]*(?:/EU)?(?![\\p{L}/]))";
    private static final String PARTS = "(\\d{1,4}[a-z]?)"
            + "(?:\\s*(?:Abs\\.?|Absatz)\\s*(\\d{1,3}[a-z]?))?"
            + "(?:\\s*(?:S\\.|Satz)\\s*(\\d{1,2}))?"
            + "(?:\\s*(?:Nr\\.|Nummer)\\s*(\\d{1,3}[a-z]?))?"
            + "(?:\\s*(?:Buchst\\.|lit\\.)\\s*([a-z]))?";
    private static final Pattern CITATION = Pattern.compile("(§§?|Art\\.|Artikel)\\s*" + PARTS + "\\s+" + LAW);
    /** NRWE's "Normen:" field puts the statute first: "FreizügG/EU § 5 Abs 4". */
    private static final Pattern FIELD_ENTRY = Pattern.compile("^" + LAW + "\\s*(§§?|Art\\.|Artikel)\\s*" + PARTS);

    /** Provisions cited in running text, normalised, distinct, in order of first citation. */
    public List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(Texts.normalizeSpace(text));
        while (m.find()) {
            found.add(format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)));
        }
        return List.copyOf(found);
    }

    /** Provisions from a "Normen:" field ("FreizügG/EU § 5 Abs 4; SGB II § 7"), followed by those in running form. */
    public List<String> fromField(String field) {
        Set<String> found = new LinkedHashSet<>();
        for (String entry : Texts.normalizeSpace(field).split("\\s*[;,]\\s*")) {
            Matcher m = FIELD_ENTRY.matcher(entry);
            if (m.find()) {
                found.add(format(m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(1)));
            }
        }
        found.addAll(find(field));
        return List.copyOf(found);
    }

    private static String format(String sign, String section, String para, String sentence, String number,
                                 String letter, String law) {
        List<String> parts = new ArrayList<>();
        parts.add(sign.startsWith("§") ? "§" : "Art.");
        parts.add(section);
        if (para != null) {
            parts.add("Abs. " + para);
        }
        if (sentence != null) {
            parts.add("S. " + sentence);
        }
        if (number != null) {
            parts.add("Nr. " + number);
        }
        if (letter != null) {
            parts.add("Buchst. " + letter);
        }
        parts.add(Texts.normalizeSpace(law).replace("Richtlinie ", "RL "));
        return String.join(" ", parts);
    }
}
