package de.tenor.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Set;
import java.util.regex.Pattern;

/** Measures of one HTML block that main-content scoring and cleaning share. Stateless and thread-safe. */
final class BlockStats {

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|tool|widget|byline|author|dateline|newsletter|subscri|social|recommend|teaser|popular|caption",
            Pattern.CASE_INSENSITIVE);
    /** Children that make a div a container rather than a paragraph. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul", "video", "picture");
    private static final Evaluator LINKS = QueryParser.parse("a");

    private BlockStats() {
    }

    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            weight += NEGATIVE.matcher(cls).find() ? -25 : 0;
            weight += POSITIVE.matcher(cls).find() ? 25 : 0;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            weight += NEGATIVE.matcher(id).find() ? -25 : 0;
            weight += POSITIVE.matcher(id).find() ? 25 : 0;
        }
        if (e.nameIs("article") || e.nameIs("main")) {
            weight += 25;
        }
        return weight;
    }

    static double linkDensity(Element e) {
        int length = HtmlText.text(e).length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select(LINKS)) {
            // In-page anchors ("#fn1") are footnote markers, not navigation.
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += (int) (HtmlText.text(a).length() * coefficient);
        }
        return (double) links / length;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text of the element's text nodes and inline children, skipping block children. */
    static String ownInlineText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !BLOCKS.contains(c.normalName())) {
                sb.append(' ').append(c.text()).append(' ');
            }
        }
        return Texts.normalizeSpace(sb.toString());
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }

    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    }
}
