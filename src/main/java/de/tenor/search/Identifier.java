package de.tenor.search;

import de.tenor.extract.DocketParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docket number, ECLI or EuGH case number found in a query, in whatever spacing it was typed:
 * "8K1598/22", "8 K 1598 / 22", "1 C 22.14", "s 31 as 370/17 er", "C-14/09".
 *
 * @param kind     what was recognised
 * @param start    offset of the first character in the query
 * @param end      offset after the last character
 * @param typed    as typed
 * @param key      the matching form: upper case without spaces ("8K1598/22", "C-14/09"); for
 *                 dockets without the suffix letters ("ER", "B ER", "R"), which are matched as a prefix
 */
record Identifier(Kind kind, int start, int end, String typed, String key) {

    enum Kind { DOCKET, ECLI, EU_CASE }

    // Shapes of docs/DOMAIN.md "Dockets", with any spacing around the parts. Register letters may be
    // typed in lower case; suffixes other than ER/B ER/R only in upper case, since "so" and "as"
    // are also words. Group "key" is what is matched, without suffixes.
    private static final String NOT_AFTER = "(?<![\\p{L}\\p{N}/.\\-])";
    private static final String NOT_BEFORE = "(?![\\p{L}\\p{N}])";
    private static final List<Shape> SHAPES = List.of(
            new Shape(Kind.ECLI, Pattern.compile(NOT_AFTER
                    + "(?<key>ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]{1,40}[A-Z0-9])", Pattern.CASE_INSENSITIVE)),
            // SG/LSG: S 31 AS 370/17 ER, L 19 AS 2035/19 B ER, L 20 B 76/07 SO ER
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>[SL] ?\\d{1,3}[a-z]? *[A-Z]{1,3} *\\d{1,5} */ *\\d{2}(?:\\d{2})?)(?!\\d)"
                    + "(?: *(?:(?-i:SO|AS|AY|KR|NZB|WA)|B|ER)(?![\\p{L}\\p{N}]))*", Pattern.CASE_INSENSITIVE)),
            // BSG: B 4 AS 2/21 R
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>B ?\\d{1,2}[a-z]? *[A-Z]{1,3} *\\d{1,5} */ *\\d{2})(?!\\d)(?: *R(?![\\p{L}\\p{N}]))?",
                    Pattern.CASE_INSENSITIVE)),
            // BVerwG: 1 C 22.14 (dot, not slash)
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>\\d{1,2} *(?:C|B|A|VR|WB|D|P|PKH|BN|CN|F|AV) *\\d{1,4} *\\. *\\d{2})(?![\\d.])",
                    Pattern.CASE_INSENSITIVE)),
            // BVerwG in slash spelling (issue 17): 1 C 12/22 for 1 C 12.22; registers a VG docket never has
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>\\d{1,2} *(?:C|VR|WB|WDB|P|PKH|BN|CN|F|AV) *\\d{1,4} */ *\\d{2})(?![\\d/])",
                    Pattern.CASE_INSENSITIVE)),
            // BFH: IX R 12/22, VI B 4.20 (Roman senate, upper case only: "I" and "V" are also words)
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>(?:[IVX]{1,5}|GrS) (?:R|B|S|E|K|V|ER) *\\d{1,4} *[/.] *\\d{2})(?![\\d/.])")),
            // BAG: 5 AZR 123/22, 7 ABR 4.21
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>\\d{1,2} *(?:AZR|ABR|AZB|AZN|ABN|AZA|AZM) *\\d{1,4} *[/.] *\\d{2})(?![\\d/.])",
                    Pattern.CASE_INSENSITIVE)),
            // VG/OVG: 8 K 1598/22, 18 B 1063/23, 4 Nc 58/23
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>\\d{1,3}[a-z]? *(?:K|L|A|B|E|D|NC) *\\d{1,5} */ *\\d{2})(?!\\d)(?:\\.(?:A|NE)" + NOT_BEFORE + ")?",
                    Pattern.CASE_INSENSITIVE)),
            // BVerfG: 2 BvR 1631/18, 2 BvQ 60/18 (issue 16: each docket of a joined decision is searched)
            new Shape(Kind.DOCKET, Pattern.compile(NOT_AFTER
                    + "(?<key>\\d ?Bv[A-Z] *\\d{1,5} */ *\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE)),
            // EuGH: C-14/09, T-1/20; old numbers such as 53/81 only when typed on their own
            new Shape(Kind.EU_CASE, Pattern.compile(NOT_AFTER
                    + "(?<key>[CT] ?- ?\\d{1,4} ?/ ?\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE)),
            new Shape(Kind.EU_CASE, Pattern.compile("(?<=^|\\s)(?<key>\\d{2,3}/\\d{2})(?=$|\\s)")));

    private static final DocketParser DOCKETS = new DocketParser();
    private static final Pattern SLASH_OR_DOT_YEAR = Pattern.compile("\\d[/.]\\d{2}$");

    private record Shape(Kind kind, Pattern pattern) {
    }

    /** All identifiers in {@code text}, left to right, not overlapping (the longest wins at a position). */
    static List<Identifier> findAll(String text) {
        List<Identifier> hits = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                hits.add(new Identifier(shape.kind(), m.start(), m.end(), m.group(), key(shape.kind(), m.group("key"))));
            }
        }
        hits.sort(Comparator.comparingInt(Identifier::start)
                .thenComparing(Comparator.comparingInt((Identifier i) -> i.end() - i.start()).reversed()));
        List<Identifier> out = new ArrayList<>();
        int covered = 0;
        for (Identifier hit : hits) {
            if (hit.start() >= covered) {
                out.add(hit);
                covered = hit.end();
            }
        }
        return out;
    }

    /** The identifier if {@code text} is exactly one (as inside a quoted phrase or after "az:"). */
    static java.util.Optional<Identifier> whole(String text) {
        String t = text.strip();
        List<Identifier> all = findAll(t);
        return all.size() == 1 && all.getFirst().start() == 0 && all.getFirst().end() == t.length()
                ? java.util.Optional.of(all.getFirst()) : java.util.Optional.empty();
    }

    /** The key in the form the index holds: the extractor's docket normalisation, ECLIs upper case. */
    private static String key(Kind kind, String s) {
        return kind == Kind.DOCKET ? DOCKETS.normalize(s) : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The key and, for a docket that ends in "/22" or ".22", the same docket in the other spelling:
     * BVerwG prints "1 C 12.22", BFH and BAG "VI R 4/20", and people type either (issue 17).
     */
    List<String> keys() {
        if (kind != Kind.DOCKET || !SLASH_OR_DOT_YEAR.matcher(key).find()) {
            return List.of(key);
        }
        int sep = key.length() - 3;
        String twin = key.substring(0, sep) + (key.charAt(sep) == '/' ? '.' : '/') + key.substring(sep + 1);
        return List.of(key, twin);
    }

    /** Each of {@link #keys()} spaced as courts print it, for finding it in running text: "8K1598/22" → "8 K 1598/22". */
    List<String> printedKeys() {
        return keys().stream().map(this::printed).toList();
    }

    private String printed(String k) {
        return kind == Kind.ECLI ? k : k.replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})", " ");
    }
}
