package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main text of an article page, without navigation, teasers, share bars, comments or
 * footer, for news items and HTML pages of unknown layout.
 *
 * <p>Readability-style scoring, no per-site rules: every paragraph-like block with enough text
 * scores by length and commas and hands its score to its parent (fully) and further ancestors
 * (diminishing); class and id names that typically mark content ("article", "story") or
 * boilerplate ("sidebar", "share", "related") add or subtract weight; a candidate's score shrinks
 * with its link density. The best candidate and those of its siblings that look like content
 * form the article, which is then cleaned of link lists, forms and image galleries. When that
 * yields too little text, the pass is repeated with fewer exclusions and the longest result
 * wins. Stateless and thread-safe; works on a copy of the page.
 *
 * <p>Scored on the Zyte article-extraction benchmark by {@code tenor bench extract}.
 */
final class MainContent {

    /** Class/id words of page furniture; removed before scoring unless they also say "content". */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|^ad-|\\bads?\\b|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap"
                    + "|disqus|extra|footer|gdpr|header|legends|menu|masthead|newsletter|outbrain|pager|pagination|paywall"
                    + "|popup|promo|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|subscri|supplemental"
                    + "|taboola|teaser|yom-remote|recommend|trending|most-?popular|share|sharing|signup|modal",
            Pattern.CASE_INSENSITIVE);
    /** Comment threads are removed even when their class also says "content" ("comment-content"). */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|commentlist|comment-list|comments?-(?:area|section|wrapper|container)|respond|disqus.*|replies)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post-?text|text", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|tool|widget|byline|author|dateline|newsletter|subscri|social|recommend|teaser|popular|caption",
            Pattern.CASE_INSENSITIVE);
    /** Whole subtrees that never hold article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, input, select, textarea, link, meta, nav, aside, footer, dialog, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=dialog]";
    /** Children that make a div a container rather than a paragraph. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul", "video", "picture");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"“”»«]\\s*$|\\.\\s");
    /** A paragraph that only dates the article ("Veröffentlicht am 3. Februar 2026", "Updated: May 2, 2019"). */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(?:veröffentlicht|aktualisiert|erstellt|stand|published|updated|posted|last modified)(?:\\s+(?:am|on))?\\s*:?\\s*"
                    + "[\\p{L}\\d.,: /-]{0,40}\\d{4}(?:[,\\s]+[\\d:.]+\\s*(?:uhr|am|pm|[a-z]{2,4})?)?\\s*");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Below this, a pass is retried with fewer exclusions. */
    private static final int ENOUGH_CHARS = 500;
    private static final int MAX_ANCESTORS = 5;

    /** Which exclusions a pass applies; later passes drop some when the result is too short. */
    private record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    }

    private static final List<Flags> PASSES = List.of(new Flags(true, true, true), new Flags(false, true, true),
            new Flags(false, false, true), new Flags(false, false, false));

    /** The article's paragraphs in reading order; the headline is not part of them. */
    List<String> paragraphs(Document page) {
        String title = headline(page);
        List<String> best = List.of();
        int bestChars = -1;
        for (Flags flags : PASSES) {
            List<String> result = extract(page, flags, title);
            int chars = result.stream().mapToInt(String::length).sum();
            if (chars > bestChars) {
                best = result;
                bestChars = chars;
            }
            if (chars >= ENOUGH_CHARS) {
                return result;
            }
        }
        return best;
    }

    private List<String> extract(Document page, Flags flags, String title) {
        Element body = page.body().clone();
        prepare(body, flags);
        Map<Element, Double> scores = score(body, flags);
        if (scores.isEmpty()) {
            return lines(body, title);
        }
        Element top = topCandidate(body, scores);
        Element article = new Element("div");
        for (Element part : alike(body, top, siblingsWorthKeeping(top, scores, flags))) {
            article.appendChild(part.clone());
        }
        clean(article, flags);
        return lines(article, title);
    }

    /** Removes furniture, hidden elements and (first pass) elements whose class or id says boilerplate. */
    private static void prepare(Element body, Flags flags) {
        body.select(NEVER_CONTENT).remove();
        body.getAllElements().stream().filter(e -> HIDDEN_STYLE.matcher(e.attr("style")).find()).toList()
                .forEach(Element::remove);
        body.select("header").stream().filter(h -> h.closest("article") == null).toList().forEach(Element::remove);
        Element h1 = body.selectFirst("h1");
        body.getAllElements().stream()
                .filter(e -> e != body && !e.nameIs("article") && !e.nameIs("main") && COMMENTS.matcher(classAndId(e)).find())
                .filter(e -> h1 == null || e.selectFirst("h1") == null)
                .toList().forEach(Element::remove);
        if (!flags.stripUnlikely()) {
            return;
        }
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.nameIs("a") || e.closest("table") != null && !e.nameIs("table")) {
                continue;
            }
            String names = classAndId(e);
            if (!names.isEmpty() && UNLIKELY.matcher(names).find() && !MAYBE_CANDIDATE.matcher(names).find()
                    && !e.nameIs("article") && !e.nameIs("main") && e.closest("article") != e.parent()) {
                unlikely.add(e);
            }
        }
        unlikely.forEach(Element::remove);
    }

    /**
     * Scores of candidate containers: each paragraph-like block gives its parent its full score,
     * its grandparent half, further ancestors a third per level; then each candidate is scaled
     * by (1 - link density).
     */
    private static Map<Element, Double> score(Element body, Flags flags) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String text;
            Element firstAncestor;
            if (e.nameIs("p") || e.nameIs("pre") || e.nameIs("td") || e.nameIs("blockquote")) {
                text = HtmlText.text(e);
                firstAncestor = e.parent();
            } else if ((e.nameIs("div") || e.nameIs("section") || e.nameIs("span") && e.parent() == body
                    || e.nameIs("article") || e.nameIs("main") || e.nameIs("font") || e.nameIs("center"))) {
                // Text directly in a container, e.g. paragraphs separated by <br><br>.
                if (hasBlockChild(e)) {
                    text = ownInlineText(e);
                    firstAncestor = e;
                } else {
                    text = HtmlText.text(e);
                    firstAncestor = e.parent();
                }
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH_CHARS || firstAncestor == null) {
                continue;
            }
            double contentScore = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            Element ancestor = firstAncestor;
            for (int level = 0; level < MAX_ANCESTORS && ancestor != null && ancestor != body.parent(); level++) {
                Element a = ancestor;
                scores.computeIfAbsent(a, x -> initialScore(x, flags));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((e, s) -> s * (1 - linkDensity(e)));
        return scores;
    }

    private static Element topCandidate(Element body, Map<Element, Double> scores) {
        List<Element> ranked = scores.keySet().stream()
                .sorted(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed()).toList();
        Element top = ranked.getFirst();
        double topScore = scores.get(top);
        // When several strong candidates share an ancestor, the article spans them (one block per paragraph group).
        List<List<Element>> alternatives = new ArrayList<>();
        for (Element e : ranked.subList(1, Math.min(5, ranked.size()))) {
            if (scores.get(e) / topScore >= 0.75) {
                alternatives.add(e.parents());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                Element parent = p;
                long containing = alternatives.stream().filter(list -> list.stream().anyMatch(x -> x == parent)).count();
                if (containing >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // A parent that scores higher, or not much lower, holds more of the article.
        double last = scores.getOrDefault(top, topScore);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The top candidate plus siblings that score well or read like paragraphs of the same text. */
    private static List<Element> siblingsWorthKeeping(Element top, Map<Element, Double> scores, Flags flags) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> keep = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                keep.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                keep.add(sibling);
            } else if (sibling.nameIs("p") || sibling.nameIs("div") && !hasBlockChild(sibling)) {
                String text = HtmlText.text(sibling);
                double links = linkDensity(sibling);
                if (text.length() > 80 && links < 0.25
                        || !text.isEmpty() && text.length() <= 80 && links == 0 && SENTENCE_END.matcher(text).find()) {
                    keep.add(sibling);
                }
            }
        }
        return keep;
    }

    /**
     * Adds elements elsewhere on the page that look like the top candidate (same tag and class),
     * for layouts that cut one article body into several blocks around ads; in page order.
     */
    private static List<Element> alike(Element body, Element top, List<Element> chosen) {
        if (top.className().isBlank()) {
            return chosen;
        }
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            boolean isChosen = chosen.stream().anyMatch(c -> c == e);
            if (isChosen) {
                out.add(e);
            } else if (e.normalName().equals(top.normalName()) && e.className().equals(top.className())
                    && out.stream().noneMatch(c -> e.parents().contains(c))
                    && chosen.stream().noneMatch(c -> e.parents().contains(c) || c.parents().contains(e))
                    && HtmlText.text(e).length() > 100 && linkDensity(e) < 0.3) {
                out.add(e);
            }
        }
        return out;
    }

    /** Removes link lists, forms, galleries and share bars from the chosen article. */
    private static void clean(Element article, Flags flags) {
        article.select("h1").remove();
        article.select("figure figcaption").remove();
        // A date line of its own is the article's dateline, not its text; a date inside a sentence stays.
        article.select("time").stream().filter(t -> t.closest("p, li, td, blockquote, dd") == null).toList()
                .forEach(Element::remove);
        for (Element e : article.select("h2, h3, h4, h5, h6")) {
            if (flags.weightClasses() && classWeight(e) < 0) {
                e.remove();
            }
        }
        if (!flags.cleanConditionally()) {
            return;
        }
        List<Element> conditional = new ArrayList<>(article.select("form, fieldset, table, ul, ol, dl, div, section, figure"));
        // Innermost first, so a container is judged after its boilerplate children are gone.
        java.util.Collections.reverse(conditional);
        for (Element e : conditional) {
            if (e.parent() == null || e == article) {
                continue;
            }
            if (shouldRemove(e, flags)) {
                e.remove();
            }
        }
        for (Element e : article.select("p, li")) {
            String text = HtmlText.text(e);
            if (text.isEmpty() && e.select("img").isEmpty() || text.length() < 80 && DATELINE.matcher(text).matches()) {
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e, Flags flags) {
        int weight = flags.weightClasses() ? classWeight(e) : 0;
        if (weight < 0) {
            return true;
        }
        String text = HtmlText.text(e);
        if (commas(text) >= 10) {
            return false;
        }
        boolean isList = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
        int p = e.select("p").size();
        int img = e.select("img").size();
        int li = e.select("li").size() - 100;
        int input = e.select("input").size();
        double linkDensity = linkDensity(e);
        int length = text.length();
        int headingChars = e.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> HtmlText.text(h).length()).sum();
        double headingDensity = length == 0 ? 0 : (double) headingChars / length;
        boolean inFigure = e.closest("figure") != null;
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

    /** Base score by tag plus class/id weight. */
    private static double initialScore(Element e, Flags flags) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + (flags.weightClasses() ? classWeight(e) : 0);
    }

    private static int classWeight(Element e) {
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

    private static double linkDensity(Element e) {
        int length = HtmlText.text(e).length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            // In-page anchors ("#fn1") are footnote markers, not navigation.
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += (int) (HtmlText.text(a).length() * coefficient);
        }
        return (double) links / length;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text of the element's text nodes and inline children, skipping block children. */
    private static String ownInlineText(Element e) {
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

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    }

    private static List<String> lines(Element root, String title) {
        List<String> out = new ArrayList<>();
        for (String line : HtmlText.lines(root)) {
            if (out.isEmpty() && !title.isEmpty() && line.equals(title)) {
                continue; // the headline, repeated at the top of the article
            }
            out.add(line);
        }
        return out;
    }

    private static String headline(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return Texts.normalizeSpace(og.attr("content"));
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : HtmlText.text(h1);
    }
}
