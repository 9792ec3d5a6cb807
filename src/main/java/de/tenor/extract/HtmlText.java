package de.tenor.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text of an HTML element as lines, one per block (paragraph, heading, list item, table cell,
 * {@code <br>}). jsoup's {@code text()} joins everything into one line, which would hide the
 * line structure ("Sozialgericht Duisburg" / "Beschluss" / "Az.: …") the plain-text reader relies on.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head");

    private HtmlText() {
    }

    static List<String> lines(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideSkipped(text)) {
                    sb.append(text.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n")) {
            String l = Texts.normalizeSpace(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** The element's text on one line, whitespace normalised. */
    static String text(Element e) {
        return e == null ? "" : Texts.normalizeSpace(e.text());
    }

    private static boolean insideSkipped(TextNode node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }
}
