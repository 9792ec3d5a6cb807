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
 * however the court typed it. Lists name each member with the statute: "§§ 2, 5 FreizügG/EU"
 * gives {@code § 2 FreizügG/EU} and {@code § 5 FreizügG/EU}; "§ 86b Abs. 2 Satz 2, Abs. 4 SGG"
 * keeps § 86b for the second member; "ff." is dropped. Stateless and thread-safe.
 */
public final class NormExtractor {

    /** A statute: SGB with its book, EU acts with their number, otherwise an abbreviation like VwGO, GG, FreizügG/EU. */
    private static final String LAW = "(SGB\\s+(?:[IVX]{1,4}|1[0-2]|[1-9])(?![\\p{L}\\d])|EGRL\\s+\\d{1,4}/\\d{4}|EUV\\s+\\d{1,4}/\\d{4}|(?:RL|Richtlinie)\\s+\\d{4}/\\d{1,3}/(?:EG|EU|EWG)"
            + "|VO\\s*\\((?:EU|EG|EWG)\\)\\s*(?:Nr\\.\\s*)?\\d{1,4}/\\d{2,4}|VO\\s+(?:Nr\\.\\s*)?\\d{1,4}/\\d{2,4}"
            + "|(?!RdNr|Rdnr|Rn|Rz)[A-ZÄÖÜ][a-zäöüß]*[A-Z][A-Za-zäöüß]*(?:/EU)?(?![\\p{L}/]))";
    /** Section, paragraph (Abs.), sentence (Satz), number (Nr.), letter (Buchst.); the section may be omitted in a list. */
    private static final String SECTION = "\\d{1,4}[a-z]?(?![\\d/])";
    private static final String DETAILS = "(?:\\s*(?:Abs\\.?|Absatz)\\s*\\d{1,3}[a-z]?)?"
            + "(?:\\s*(?:S\\.?|Satz)\\s*\\d{1,2}(?!\\d))?"
            + "(?:\\s*(?:Halbs\\.|Hs\\.)\\s*\\d)?"
            + "(?:\\s*(?:Nr\\.?|Nummer)\\s*\\d{1,3}[a-z]?)?"
            + "(?:\\s*(?:Buchst\\.?|lit\\.)\\s*[a-z]\\)?|\\s*[a-z]\\))?"
            + "(?:\\s*ff?\\.)?";
    /** A list member: a section, or details continuing the previous section ("…, Abs. 4"); never empty. */
    private static final String ITEM = "(?=\\d|Abs|Absatz|S\\.?\\s*\\d|Satz|Nr\\.?\\s*\\d|Nummer)(?:" + SECTION + ")?" + DETAILS;
    private static final Pattern PART = Pattern.compile("^(\\d{1,4}[a-z]?)?"
            + "(?:\\s*(?:Abs\\.?|Absatz)\\s*(\\d{1,3}[a-z]?))?"
            + "(?:\\s*(?:S\\.?|Satz)\\s*(\\d{1,2}))?"
            + "(?:\\s*(?:Halbs\\.|Hs\\.)\\s*\\d)?"
            + "(?:\\s*(?:Nr\\.?|Nummer)\\s*(\\d{1,3}[a-z]?))?"
            + "(?:\\s*(?:Buchst\\.?|lit\\.)\\s*([a-z])\\)?|\\s*([a-z])\\))?"
            + "(?:\\s*ff?\\.)?$");
    private static final String SEPARATOR = "\\s*(?:,|\\bund\\b|\\bsowie\\b|\\boder\\b|\\bbis\\b|\\bi\\.\\s?V\\.\\s?m\\.)\\s*(?:§§?\\s*)?";
    private static final String SIGN = "(?<![\\p{L}])(§§?|Art\\.?|Artt\\.|Artikel)";
    /** Tried only at a "§" or "Art" (issue 21: tried at every position, it was a large share of extraction time). */
    static final PrefixedPattern CITATION = new PrefixedPattern(Pattern.compile(
            SIGN + "\\s*(" + SECTION + DETAILS + "(?:" + SEPARATOR + ITEM + ")*)\\s+" + LAW), List.of("§", "Art"));
    private static final Pattern SPLIT = Pattern.compile(SEPARATOR);
    private static final Pattern JURIS_SGB = Pattern.compile("SGB (\\d{1,2})");
    private static final Pattern JURIS_EU_ACT = Pattern.compile("(EGRL|EUV) (\\d{1,4})/(\\d{4})");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    /** NRWE's "Normen:" field puts the statute first: "FreizügG/EU § 5 Abs 4". */
    private static final Pattern FIELD_ENTRY = Pattern.compile("^" + LAW + "\\s*" + SIGN + "\\s*(.+)$");

    /** Provisions cited in running text, normalised, distinct, in order of first citation. */
    public List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        CITATION.forEachMatch(Texts.normalizeSpace(text), m -> found.addAll(members(m.group(1), m.group(2), m.group(3))));
        return List.copyOf(found);
    }

    /** Provisions from a "Normen:" field ("FreizügG/EU § 5 Abs 4; SGB II § 7"), followed by those in running form. */
    public List<String> fromField(String field) {
        Set<String> found = new LinkedHashSet<>();
        for (String entry : Texts.normalizeSpace(field).split("\\s*;\\s*|\\s*,\\s*(?=[A-ZÄÖÜ§])")) {
            Matcher m = FIELD_ENTRY.matcher(entry);
            if (m.find()) {
                found.addAll(members(m.group(2), m.group(3), m.group(1)));
            }
        }
        found.addAll(find(field));
        return List.copyOf(found);
    }

    /** Each member of "§§ 2 Abs. 2, 5 Abs. 4 FreizügG/EU" with the statute; a member without section keeps the previous one. */
    private static List<String> members(String sign, String list, String law) {
        List<String> out = new ArrayList<>();
        String section = null;
        for (String item : SPLIT.split(list.strip())) {
            Matcher p = PART.matcher(item.strip());
            if (item.isBlank() || !p.matches()) {
                continue;
            }
            String sec = p.group(1) != null ? p.group(1) : section;
            if (sec == null) {
                continue;
            }
            section = sec;
            out.add(format(sign, sec, p.group(2), p.group(3), p.group(4), p.group(5) != null ? p.group(5) : p.group(6), law));
        }
        return out;
    }

    /** One spelling per statute: juris writes "SGB 2", "EGRL 38/2004" and "EUV 492/2011" for SGB II, RL 2004/38/EG, VO (EU) 492/2011. */
    private static String statute(String printed) {
        String law = Texts.normalizeSpace(printed).replace("Richtlinie ", "RL ");
        Matcher sgb = JURIS_SGB.matcher(law);
        if (sgb.matches()) {
            return "SGB " + ROMAN[Integer.parseInt(sgb.group(1))];
        }
        Matcher rl = JURIS_EU_ACT.matcher(law);
        if (rl.matches()) {
            return rl.group(1).equals("EGRL") ? "RL " + rl.group(3) + "/" + rl.group(2) + "/EG"
                    : "VO (EU) " + rl.group(2) + "/" + rl.group(3);
        }
        return law;
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
        parts.add(statute(law));
        return String.join(" ", parts);
    }
}
