package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** Whole subtrees that never hold article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, input, select, textarea, link, meta, nav, aside, footer, dialog, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=dialog]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"“”»«]\\s*$|\\.\\s");
    private static final Evaluator TABLE = QueryParser.parse("table");
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
        ContentCleaner.clean(article, flags.weightClasses(), flags.cleanConditionally());
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
                .filter(e -> e != body && !e.nameIs("article") && !e.nameIs("main") && COMMENTS.matcher(BlockStats.classAndId(e)).find())
                .filter(e -> h1 == null || e.selectFirst("h1") == null)
                .toList().forEach(Element::remove);
        if (!flags.stripUnlikely()) {
            return;
        }
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.nameIs("a") || e.closest(TABLE) != null && !e.nameIs("table")) {
                continue;
            }
            String names = BlockStats.classAndId(e);
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
                if (BlockStats.hasBlockChild(e)) {
                    text = BlockStats.ownInlineText(e);
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
            double contentScore = 1 + BlockStats.commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            Element ancestor = firstAncestor;
            for (int level = 0; level < MAX_ANCESTORS && ancestor != null && ancestor != body.parent(); level++) {
                Element a = ancestor;
                scores.computeIfAbsent(a, x -> initialScore(x, flags));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((e, s) -> s * (1 - BlockStats.linkDensity(e)));
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
            } else if (sibling.nameIs("p") || sibling.nameIs("div") && !BlockStats.hasBlockChild(sibling)) {
                String text = HtmlText.text(sibling);
                double links = BlockStats.linkDensity(sibling);
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
                    && HtmlText.text(e).length() > 100 && BlockStats.linkDensity(e) < 0.3) {
                out.add(e);
            }
        }
        return out;
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
        return base + (flags.weightClasses() ? BlockStats.classWeight(e) : 0);
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
