package de.tenor.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the article {@link MainContent} chose: removes what lives inside article bodies without
 * being text (link lists, forms, image galleries, share bars, datelines), judged per block by
 * class weight, link density, and counts of paragraphs, images, list items and inputs, in the
 * manner of Readability. Stateless and thread-safe; works on the given copy.
 */
final class ContentCleaner {

    /** A paragraph that only dates the article ("Veröffentlicht am 3. Februar 2026", "Updated: May 2, 2019"). */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(?:veröffentlicht|aktualisiert|erstellt|stand|published|updated|posted|last modified)(?:\\s+(?:am|on))?\\s*:?\\s*"
                    + "[\\p{L}\\d.,: /-]{0,40}\\d{4}(?:[,\\s]+[\\d:.]+\\s*(?:uhr|am|pm|[a-z]{2,4})?)?\\s*");
    // Selectors parsed once: they run for every element of large pages.
    private static final Evaluator P = QueryParser.parse("p");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator LI = QueryParser.parse("li");
    private static final Evaluator INPUT = QueryParser.parse("input");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator FIGURE = QueryParser.parse("figure");

    private ContentCleaner() {
    }

    /** Removes link lists, forms, galleries and share bars from the chosen article. */
    static void clean(Element article, boolean weightClasses, boolean cleanConditionally) {
        article.select("h1").remove();
        article.select("figure figcaption").remove();
        // A date line of its own is the article's dateline, not its text; a date inside a sentence stays.
        article.select("time").stream().filter(t -> t.closest("p, li, td, blockquote, dd") == null).toList()
                .forEach(Element::remove);
        for (Element e : article.select("h2, h3, h4, h5, h6")) {
            if (weightClasses && BlockStats.classWeight(e) < 0) {
                e.remove();
            }
        }
        if (!cleanConditionally) {
            return;
        }
        List<Element> conditional = new ArrayList<>(article.select("form, fieldset, table, ul, ol, dl, div, section, figure"));
        // Innermost first, so a container is judged after its boilerplate children are gone.
        Collections.reverse(conditional);
        for (Element e : conditional) {
            if (e.parent() == null || e == article) {
                continue;
            }
            if (shouldRemove(e, weightClasses)) {
                e.remove();
            }
        }
        for (Element e : article.select("p, li")) {
            String text = HtmlText.text(e);
            if (text.isEmpty() && e.select(IMG).isEmpty() || text.length() < 80 && DATELINE.matcher(text).matches()) {
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e, boolean weightClasses) {
        int weight = weightClasses ? BlockStats.classWeight(e) : 0;
        if (weight < 0) {
            return true;
        }
        String text = HtmlText.text(e);
        if (BlockStats.commas(text) >= 10) {
            return false;
        }
        boolean isList = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
        int p = e.select(P).size();
        int img = e.select(IMG).size();
        int li = e.select(LI).size() - 100;
        int input = e.select(INPUT).size();
        double linkDensity = BlockStats.linkDensity(e);
        int length = text.length();
        int headingChars = e.select(HEADINGS).stream().mapToInt(h -> HtmlText.text(h).length()).sum();
        double headingDensity = length == 0 ? 0 : (double) headingChars / length;
        boolean inFigure = e.closest(FIGURE) != null;
        if (img > 1 && (double) p / img < 0.5 && !inFigure) {
            return true;
        }
        if (!isList && li > p) {
            return true;
        }
        if (input > Math.floor(p / 3.0)) {
            return true;
        }
        if (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure) {
            return true;
        }
        if (!isList && weight < 25 && linkDensity > 0.2) {
            return true;
        }
        if (isList && linkDensity > 0.5) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }
}
