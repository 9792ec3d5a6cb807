package de.tenor.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The lines of a decision page from a portal no site reader knows (issue 16). Semantic page furniture
 * ({@code nav}, {@code footer}, …) is already gone; many court portals build their menu and footer from
 * plain {@code div}s, so a block whose class, id or role names site chrome ("kopfzeile", "site-footer",
 * "breadcrumb", role "navigation") is dropped too — unless it holds a decision's own data (a docket,
 * "Aktenzeichen", a Tenor or reasons heading, an ECLI), because some portals put the header fields in a
 * block called "header". The lines then go to {@link PlainTextRulingReader}, which reads labelled fields,
 * the Tenor after its heading or after "für Recht erkannt:"/"beschlossen:", and reasons with Rn.
 */
final class GenericDecisionReader {

    /** Words (class/id tokens split at "-", "_" and spaces) that portals give their menus, headers and footers. */
    private static final Set<String> CHROME_WORDS = Set.of("nav", "navi", "navbar", "navigation", "topnav", "mainnav",
            "subnav", "menu", "menue", "mainmenu", "breadcrumb", "breadcrumbs", "brotkrumen", "footer", "fusszeile",
            "fussbereich", "seitenfuss", "kopfzeile", "kopfbereich", "seitenkopf", "header", "topbar", "sidebar",
            "servicenavigation", "skiplinks", "sprungmarken", "cookie", "cookiebanner", "impressum");
    /** German compounds: "hauptnavigation", "seitenmenue", "site-footer" split or not. */
    private static final List<String> CHROME_ENDINGS = List.of("navigation", "menu", "menue", "footer", "fusszeile",
            "kopfzeile", "breadcrumb", "breadcrumbs");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search");
    /** Text that only a decision's own part has: such a block stays whatever it is called. */
    private static final Pattern DECISION_DATA = Pattern.compile(
            "\\d+\\s?/\\s?\\d{2}\\b|\\d+\\.\\d{2}\\b|Aktenzeichen|ECLI:|\\bTenor\\b|Gründe|Tatbestand|Im Namen des Volkes");
    /** A block longer than this is content, not a menu line, even when its name says otherwise. */
    private static final int MAX_CHROME_CHARS = 600;

    /** The page's text lines without site chrome; {@code body} (a clone without semantic furniture) is changed. */
    List<String> lines(Element body) {
        for (Element e : body.select("[class], [id], [role]")) {
            if (e.parent() != null && isChrome(e)) {
                e.remove();
            }
        }
        return HtmlText.lines(body);
    }

    private static boolean isChrome(Element e) {
        boolean named = CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || namesChrome(e.className()) || namesChrome(e.id());
        if (!named) {
            return false;
        }
        String text = HtmlText.text(e);
        return text.length() <= MAX_CHROME_CHARS && !DECISION_DATA.matcher(text).find();
    }

    private static boolean namesChrome(String attribute) {
        return Arrays.stream(attribute.toLowerCase(Locale.ROOT).split("[-_\\s]+"))
                .anyMatch(w -> CHROME_WORDS.contains(w) || CHROME_ENDINGS.stream().anyMatch(w::endsWith));
    }
}
