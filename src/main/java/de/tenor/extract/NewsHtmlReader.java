package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a news article: headline, outlet, publication date and the article's own paragraphs.
 *
 * <p>The main text is the {@code <article>} element (else {@code <main>}, else the body) with
 * navigation, teasers, comments, share bars and footers removed: boilerplate in {@code text} would
 * make every article of an outlet match the words of its menu. Stateless and thread-safe.
 */
final class NewsHtmlReader {

    /** Page furniture that is never article text. */
    private static final String BOILERPLATE = "nav, footer, aside, script, style, noscript, template, form, iframe,"
            + " .teaser, .teasers, .comments, .comment, #comments, .related, .share, .social, .newsletter, .ad,"
            + " .advert, .advertisement, .breadcrumb, .breadcrumbs, .cookie, .cookie-banner, .paywall, [role=navigation],"
            + " [role=complementary], [aria-hidden=true]";
    /** A title suffix like " | WAZ" when the outlet is unknown; with "-" it could be part of the headline. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—]\\s+[^|–—]{2,60}$");

    NewsParts read(Document page) {
        String outlet = meta(page, "og:site_name");
        return new NewsParts(title(page, outlet), outlet, published(page), paragraphs(page));
    }

    /** True when the page's metadata says it is a news article (Open Graph type or publication time). */
    boolean isDeclaredArticle(Document page) {
        return "article".equalsIgnoreCase(meta(page, "og:type")) || !meta(page, "article:published_time").isEmpty();
    }

    private static String title(Document page, String outlet) {
        String og = meta(page, "og:title");
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !HtmlText.text(h1).isEmpty()) {
            return HtmlText.text(h1);
        }
        String title = Texts.normalizeSpace(page.title());
        if (outlet.isEmpty()) {
            return TITLE_SUFFIX.matcher(title).replaceFirst("");
        }
        return title.replaceFirst("\\s+[|–—:-]\\s+" + Pattern.quote(outlet) + "$", "");
    }

    private static String published(Document page) {
        for (String name : new String[] {"article:published_time", "datePublished", "date", "dc.date", "DC.date.issued",
                "pubdate", "publish-date"}) {
            String value = meta(page, name);
            if (!value.isEmpty()) {
                return value;
            }
        }
        Element time = page.selectFirst("article time[datetime], main time[datetime], time[datetime]");
        if (time != null) {
            return time.attr("datetime");
        }
        Element anyTime = page.selectFirst("article time, time");
        return anyTime == null ? "" : HtmlText.text(anyTime);
    }

    private static List<String> paragraphs(Document page) {
        Element root = mainElement(page).clone();
        root.select(BOILERPLATE).remove();
        // A page-level header is masthead and menu; an article's own header holds headline and lead.
        if (!root.nameIs("article")) {
            root.select("header").remove();
        } else {
            root.select("header nav, header .breadcrumb").remove();
        }
        List<String> out = new ArrayList<>();
        for (Element p : root.select("p")) {
            String text = HtmlText.text(p);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            out.addAll(HtmlText.lines(root)); // an article without <p>: fall back to its blocks
        }
        return out;
    }

    /** The largest {@code <article>} (pages list related articles as small ones), else main, else body. */
    private static Element mainElement(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(a -> a.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst(
                "meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]");
        return m == null ? "" : Texts.normalizeSpace(m.attr("content"));
    }
}
