package de.tenor.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Court, docket, decision type and date from the address of an NRWE decision page
 * (docs/DOMAIN.md "Public sources"), e.g.
 * {@code /ovgs/vg_gelsenkirchen/j2023/8_K_1598_22_Urteil_20230511.html} or the older form
 * {@code /2_Ws_364_95beschluss19951018.html}. The page's own fields win; the address fills gaps and
 * identifies a decision page whose layout changed. Stateless and thread-safe.
 */
final class NrweUrl {

    /** What the address says, as printed in the page's own spelling. */
    record Facts(String court, String decisionType, String date, String docket) {
    }

    private static final Pattern PATH = Pattern.compile(
            "(?:/[a-z]+gs/([a-z]+)_([a-z_]+)/j\\d{4})?/([A-Za-z0-9_.]+?)_?"
                    + "(Urteil|Beschluss|Gerichtsbescheid|Teilurteil|Teil-Urteil|Versäumnisurteil|Zwischenurteil|Endurteil)"
                    + "_?(\\d{4})(\\d{2})(\\d{2})\\.html?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOCKET = Pattern.compile("^(.*\\d)_(\\d{2})((?:_[A-Za-z]+)*)$");
    private static final Map<String, String> PREFIX = Map.of("vg", "VG", "ovg", "OVG", "sg", "SG", "lsg", "LSG", "olg",
            "OLG", "lg", "LG", "ag", "AG", "arbg", "ArbG", "lag", "LAG", "fg", "FG");
    /** Places whose umlaut the address spells out; "oe" in Soest or Coesfeld is no umlaut, hence a list. */
    private static final Map<String, String> PLACES = Map.ofEntries(Map.entry("duesseldorf", "Düsseldorf"),
            Map.entry("koeln", "Köln"), Map.entry("muenster", "Münster"), Map.entry("moenchengladbach", "Mönchengladbach"),
            Map.entry("luedenscheid", "Lüdenscheid"), Map.entry("guetersloh", "Gütersloh"), Map.entry("nrw", "NRW"),
            Map.entry("muelheim", "Mülheim an der Ruhr"), Map.entry("luenen", "Lünen"), Map.entry("dueren", "Düren"));

    private NrweUrl() {
    }

    /** The facts in an NRWE decision address; empty for any other URI. */
    static Optional<Facts> parse(String uri) {
        if (uri == null || !(uri.startsWith("http://") || uri.startsWith("https://"))) {
            return Optional.empty();
        }
        String host;
        String path;
        try {
            URI u = URI.create(uri);
            host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            path = u.getPath() == null ? "" : u.getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a valid address: nothing to read from it
        }
        if (!host.endsWith("justiz.nrw.de") && !host.endsWith("nrwe.de")) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        String court = m.group(1) == null ? "" : court(m.group(1), m.group(2));
        String type = m.group(4).substring(0, 1).toUpperCase(Locale.GERMAN) + m.group(4).substring(1).toLowerCase(Locale.GERMAN);
        String date = m.group(5) + "-" + m.group(6) + "-" + m.group(7);
        return Optional.of(new Facts(court, type, date, docket(m.group(3))));
    }

    /** The parts with gaps filled from the address; the page's own values stay. */
    static RulingParts complete(RulingParts parts, Optional<Facts> facts) {
        if (facts.isEmpty()) {
            return parts;
        }
        Facts f = facts.get();
        return parts.orElse(f.court(), f.decisionType(), f.date(), f.docket());
    }

    /** "8_K_1598_22" → "8 K 1598/22", "S_31_AS_370_24_ER" → "S 31 AS 370/24 ER". */
    static String docket(String raw) {
        Matcher m = DOCKET.matcher(raw);
        if (!m.matches()) {
            return raw.replace('_', ' ');
        }
        String suffix = m.group(3).replace('_', ' ');
        // Administrative dockets mark asylum and norm-control cases with ".A" / ".NE".
        if (Character.isDigit(raw.charAt(0)) && (suffix.equals(" A") || suffix.equals(" NE"))) {
            suffix = "." + suffix.strip();
        }
        return m.group(1).replace('_', ' ') + "/" + m.group(2) + suffix;
    }

    private static String court(String prefix, String place) {
        String kind = PREFIX.getOrDefault(prefix, prefix.toUpperCase(Locale.ROOT));
        String name = PLACES.get(place);
        if (name == null) {
            StringBuilder sb = new StringBuilder();
            for (String part : place.split("_")) {
                if (!part.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            name = sb.toString();
        }
        return kind + " " + name;
    }
}
