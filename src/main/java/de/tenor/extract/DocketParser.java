package de.tenor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Finds and normalises docket numbers (Aktenzeichen) of the courts in docs/DOMAIN.md.
 *
 * <p>{@link #findAll} only reports the known formats, because free text is full of number
 * patterns ("Art. 10 VO 492/2011") that look like dockets. {@link #parse} is for a field that is
 * known to hold a docket (NRWE "Aktenzeichen:"), so it also accepts formats it does not know,
 * such as the civil and criminal dockets of other courts. Stateless and thread-safe.
 */
public final class DocketParser {

    /**
     * EuGH case numbers are dockets only in a docket field; in running text they are citations,
     * which {@link EuCaseExtractor} collects.
     */
    private static final Pattern EUROPEAN = Pattern.compile(
            "([CT])\\s?[-‑–]\\s?(\\d{1,4})\\s?/\\s?(\\d{2})(\\s+PPU)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AZ_PREFIX = Pattern.compile("^(?:Az\\.?|AZ|Aktenzeichen|Geschäftszeichen)\\s*:?\\s*");

    private record Format(Docket.Shape shape, String regex, Function<MatchResult, String> text) {
    }

    // Shapes are tried together and overlapping hits resolved by position, so the old LSG form
    // "L 20 B 76/07 SO ER" wins over the administrative-looking "20 B 76/07" inside it.
    private static final List<Format> FORMATS = List.of(
            new Format(Docket.Shape.SOCIAL,
                    "\\b([SL])\\s?(\\d{1,3}[a-z]?)\\s+([A-Z]{1,3})\\s+(\\d{1,5})\\s?/\\s?(\\d{2}(?:\\d{2})?)(?!\\d)"
                            + "((?:\\s+(?:SO|AS|AY|KR|B|ER|NZB|WA))*)\\b",
                    m -> up(m.group(1)) + " " + m.group(2) + " " + up(m.group(3)) + " " + m.group(4) + "/" + m.group(5)
                            + suffix(m.group(6))),
            new Format(Docket.Shape.FEDERAL_SOCIAL,
                    "\\bB\\s?(\\d{1,2}[a-z]?)\\s+([A-Z]{1,3})\\s+(\\d{1,5})/(\\d{2})\\s+([A-Z]{1,2})\\b",
                    m -> "B " + m.group(1) + " " + up(m.group(2)) + " " + m.group(3) + "/" + m.group(4) + " " + up(m.group(5))),
            new Format(Docket.Shape.FEDERAL_ADMINISTRATIVE,
                    "\\b(\\d{1,2})\\s+(C|B|A|VR|W-VR|WB|WNB|WDB|WDS-VR|WD|WRB|D|P|PKH|BN|CN|F|AV|KSt)\\s+(\\d{1,4})\\.(\\d{2})(?!\\d|\\.\\d)",
                    m -> m.group(1) + " " + m.group(2) + " " + m.group(3) + "." + m.group(4)),
            new Format(Docket.Shape.ADMINISTRATIVE,
                    "\\b(\\d{1,3}[a-z]?)\\s+(K|L|A|B|E|D|Nc|NC)\\s+(\\d{1,5})/(\\d{2})(?!\\d)(\\.(?:A|NE))?(?![\\w/])",
                    m -> m.group(1) + " " + register(m.group(2)) + " " + m.group(3) + "/" + m.group(4)
                            + (m.group(5) == null ? "" : up(m.group(5)))));

    private static final Map<Format, Pattern> STRICT = compile(0);
    /**
     * STRICT over long texts, where a format has a slash (issue 21: four scans of every ruling; a slash is rare in
     * running text, and no docket is 60 characters long). The federal administrative one ("1 C 12.22") has none.
     */
    private static final Map<Format, AnchoredPattern> AROUND_SLASHES = FORMATS.stream()
            .filter(f -> f.shape() != Docket.Shape.FEDERAL_ADMINISTRATIVE)
            .collect(Collectors.toUnmodifiableMap(f -> f, f -> new AnchoredPattern(STRICT.get(f), List.of("/"), 60)));
    /**
     * The federal administrative format over long texts, tried only at a digit (issue 21: a whole-text scan of
     * every ruling): each of its matches starts with one.
     */
    static final PrefixedPattern FEDERAL_AT_DIGITS = new PrefixedPattern(
            STRICT.get(FORMATS.stream().filter(f -> f.shape() == Docket.Shape.FEDERAL_ADMINISTRATIVE).findFirst().orElseThrow()),
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    private static final Map<Format, Pattern> LENIENT = compile(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The docket in a field that holds one, e.g. {@code "Az.: s 31 as 370/17 er"} → {@code "S 31 AS 370/17 ER"}.
     * Unknown formats are kept as printed with shape {@link Docket.Shape#OTHER}.
     */
    public Optional<Docket> parse(String printed) {
        String s = AZ_PREFIX.matcher(Texts.normalizeSpace(printed)).replaceFirst("").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (Format f : FORMATS) {
            Matcher m = LENIENT.get(f).matcher(s);
            if (m.matches()) {
                return Optional.of(docket(f, m));
            }
        }
        Matcher eu = EUROPEAN.matcher(s);
        if (eu.matches()) {
            String text = up(eu.group(1)) + "-" + eu.group(2) + "/" + eu.group(3) + (eu.group(4) == null ? "" : " PPU");
            return Optional.of(new Docket(text, normalized(text), Docket.Shape.EUROPEAN, eu.group(4) == null ? "" : "PPU"));
        }
        List<Docket> inside = findAll(s);
        if (!inside.isEmpty()) {
            return Optional.of(inside.getFirst());
        }
        return Optional.of(new Docket(s, normalized(s), Docket.Shape.OTHER, ""));
    }

    /** Every docket of a known format in {@code text}, in order, each spelling once. */
    public List<Docket> findAll(String text) {
        String t = Texts.normalizeSpace(text);
        List<Hit> hits = new ArrayList<>();
        for (Format f : FORMATS) {
            Consumer<MatchResult> hit = m -> hits.add(new Hit(m.start(), m.end(), docket(f, m)));
            if (AROUND_SLASHES.containsKey(f)) {
                AROUND_SLASHES.get(f).forEachMatch(t, hit);
            } else {
                FEDERAL_AT_DIGITS.forEachMatch(t, hit);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        Map<String, Docket> distinct = new LinkedHashMap<>();
        int covered = -1;
        for (Hit h : hits) {
            if (h.start() >= covered) {
                distinct.putIfAbsent(h.docket().normalized(), h.docket());
                covered = h.end();
            }
        }
        return List.copyOf(distinct.values());
    }

    /** The first docket of a known format in {@code text}. */
    public Optional<Docket> findFirst(String text) {
        return findAll(text).stream().findFirst();
    }

    /**
     * Upper case, no spaces: the form used to match dockets however they were typed, e.g. a
     * docket typed into the search box ({@code "8 l 469/22"} → {@code "8L469/22"}).
     */
    public String normalize(String docket) {
        return normalized(docket);
    }

    private static String normalized(String docket) {
        return Texts.normalizeSpace(docket).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private record Hit(int start, int end, Docket docket) {
    }

    private static Docket docket(Format f, MatchResult m) {
        String text = f.text().apply(m);
        String register = switch (f.shape()) {
            case SOCIAL -> up(m.group(3));
            case FEDERAL_SOCIAL, FEDERAL_ADMINISTRATIVE, ADMINISTRATIVE -> up(m.group(2));
            case EUROPEAN, OTHER -> "";
        };
        return new Docket(text, normalized(text), f.shape(), register);
    }

    private static Map<Format, Pattern> compile(int flags) {
        Map<Format, Pattern> map = new LinkedHashMap<>();
        for (Format f : FORMATS) {
            map.put(f, Pattern.compile(f.regex(), flags));
        }
        return Map.copyOf(map);
    }

    private static String up(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** "Nc" (university admission) is printed in mixed case by the courts themselves. */
    private static String register(String s) {
        return s.equalsIgnoreCase("Nc") ? "Nc" : up(s);
    }

    private static String suffix(String s) {
        return s == null || s.isBlank() ? "" : " " + up(Texts.normalizeSpace(s));
    }
}
