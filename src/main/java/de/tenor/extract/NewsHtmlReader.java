package de.tenor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news article: headline, outlet, publication date and the article's own paragraphs.
 *
 * <p>The paragraphs come from {@link MainContent}, so navigation, teasers, comments and share
 * bars stay out of {@code text}: boilerplate would make every article of an outlet match the
 * words of its menu. The publication date is taken from the most reliable source present, in
 * this order: schema.org JSON-LD ({@code datePublished}), Open Graph / {@code article:published_time},
 * other meta tags, a {@code <time>} element, a date in the URL, and German text patterns near the
 * top ("veröffentlicht am 13.05.2024", "Stand: 13.05.2024, 10:15 Uhr"). Thread-safe.
 */
final class NewsHtmlReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A title suffix like " | WAZ" when the outlet is unknown; with "-" it could be part of the headline. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—]\\s+[^|–—]{2,60}$");
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "Report", "TechArticle", "LiveBlogPosting",
            "ScholarlyArticle", "SocialMediaPosting");
    private static final List<String> DATE_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "datePublished", "date", "dc.date", "DC.date", "dc.date.issued", "DC.date.issued",
            "dcterms.date", "dcterms.created", "DC.Date", "pubdate", "publishdate", "publish-date", "publish_date",
            "publication_date", "sailthru.date", "parsely-pub-date", "article.published", "date.available");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)|[/_-]((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?:[/_.-]|$)");
    private static final String DATE = "(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[A-ZÄÖÜa-zäöü]{3,9}\\.?)\\s?\\d{4})";
    /** German phrases that introduce an article's own date, not a date it reports on. */
    private static final Pattern TEXT_DATE = Pattern.compile(
            "(?:(?:veröffentlicht|erschienen|erstellt|publiziert|aktualisiert)(?:\\s+am)?|Stand|Datum|vom)\\s*:?\\s*" + DATE
                    + "|" + DATE + "(?:,|\\s+um|\\s+-)?\\s+\\d{1,2}[:.]\\d{2}\\s*Uhr",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int TEXT_DATE_LINES = 60;

    private final GermanDates dates;
    private final MainContent mainContent = new MainContent();

    NewsHtmlReader(GermanDates dates) {
        this.dates = dates;
    }

    NewsParts read(Document page) {
        Optional<JsonNode> ld = jsonLdArticle(page);
        String outlet = meta(page, "og:site_name");
        if (outlet.isEmpty()) {
            outlet = ld.map(n -> n.path("publisher").path("name").asText("")).orElse("");
        }
        return new NewsParts(title(page, outlet, ld), outlet, published(page, ld).map(LocalDate::toString).orElse(""),
                mainContent.paragraphs(page));
    }

    /** True when the page's metadata says it is a news article (Open Graph type, publication time, JSON-LD type). */
    boolean isDeclaredArticle(Document page) {
        return "article".equalsIgnoreCase(meta(page, "og:type")) || !meta(page, "article:published_time").isEmpty()
                || jsonLdArticle(page).isPresent();
    }

    private static String title(Document page, String outlet, Optional<JsonNode> ld) {
        String og = meta(page, "og:title");
        if (!og.isEmpty()) {
            return og;
        }
        String headline = ld.map(n -> Texts.normalizeSpace(n.path("headline").asText(""))).orElse("");
        if (!headline.isEmpty()) {
            return headline;
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

    /** The publication date from the most reliable source that gives a plausible one. */
    Optional<LocalDate> published(Document page, Optional<JsonNode> ld) {
        Optional<LocalDate> d = ld.flatMap(n -> dates.parse(n.path("datePublished").asText("")));
        if (d.isPresent()) {
            return d;
        }
        for (String name : DATE_META) {
            d = dates.parse(meta(page, name));
            if (d.isPresent()) {
                return d;
            }
        }
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            d = dates.parse(itemprop.hasAttr("content") ? itemprop.attr("content")
                    : itemprop.hasAttr("datetime") ? itemprop.attr("datetime") : HtmlText.text(itemprop));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element time : page.select("article time, main time, time[pubdate], time")) {
            d = dates.parse(time.hasAttr("datetime") ? time.attr("datetime") : HtmlText.text(time));
            if (d.isPresent()) {
                return d;
            }
        }
        d = fromUrl(page.location());
        if (d.isPresent()) {
            return d;
        }
        return fromText(page);
    }

    private Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // unparsable address: no date in it
        }
        Matcher m = URL_DATE.matcher(path == null ? "" : path);
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(4);
            String mo = m.group(1) != null ? m.group(2) : m.group(5);
            String da = m.group(1) != null ? m.group(3) : m.group(6);
            Optional<LocalDate> d = dates.parse(String.format("%s-%02d-%02d", y, Integer.parseInt(mo), Integer.parseInt(da)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromText(Document page) {
        Element body = page.body().clone();
        body.select("nav, footer, aside, script, style, noscript").remove();
        List<String> lines = HtmlText.lines(body);
        for (String line : lines.subList(0, Math.min(TEXT_DATE_LINES, lines.size()))) {
            Matcher m = TEXT_DATE.matcher(line);
            while (m.find()) {
                Optional<LocalDate> d = dates.parse(m.group(1) != null ? m.group(1) : m.group(2));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The first schema.org article object in the page's JSON-LD, also inside {@code @graph} and arrays. */
    private static Optional<JsonNode> jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException e) {
                continue; // broken JSON-LD is common; the other sources still work
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, 0);
            for (JsonNode n : nodes) {
                if (isArticle(n.path("@type"))) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> collect(x, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst(
                "meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]");
        return m == null ? "" : Texts.normalizeSpace(m.attr("content"));
    }
}
