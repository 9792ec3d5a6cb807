package de.tenor.demo;

import static de.tenor.demo.Texts.html;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Lays a news item out as a typical newspaper page: navigation, article, teasers, comments, footer. */
final class NewsWriter {

    private NewsWriter() {
    }

    static String write(NewsArticle a) {
        String outlet = html(a.outlet().name);
        String title = html(a.title());
        ZonedDateTime time = a.published().atTime(8, 0).atZone(ZoneId.of("Europe/Berlin"));
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">\n");
        b.append("<title>").append(title).append(" | ").append(outlet).append("</title>\n");
        b.append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">\n");
        b.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n");
        b.append("<meta property=\"article:published_time\" content=\"")
                .append(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\">\n");
        b.append("</head><body>\n");
        b.append("<header><nav>");
        for (int i = 0; i < a.outlet().nav.size(); i++) {
            String item = a.outlet().nav.get(i);
            b.append(i == 0 ? "" : " ").append("<a href=\"/").append(i == 0 ? "" : Texts.slug(item)).append("\">")
                    .append(html(item)).append("</a>");
        }
        b.append("</nav></header>\n");
        b.append("<main><article>\n");
        b.append("<p class=\"sample-notice\">").append(html(Texts.NEWS_NOTICE)).append("</p>\n");
        b.append("<h1>").append(title).append("</h1>\n");
        b.append("<p class=\"byline\">Von ").append(html(a.author())).append(" · <time datetime=\"").append(a.published())
                .append("\">").append(Texts.longDate(a.published())).append("</time></p>\n");
        for (String p : a.paragraphs()) {
            b.append("<p>").append(html(p)).append("</p>\n");
        }
        b.append("</article>\n");
        b.append("<aside class=\"teaser\"><h2>Auch interessant</h2><ul>");
        for (String t : a.teasers()) {
            b.append("<li><a href=\"#\">").append(html(t)).append("</a></li>");
        }
        b.append("</ul></aside>\n");
        b.append("<section class=\"comments\"><h2>Kommentare</h2>");
        for (String c : a.comments()) {
            b.append("<p>").append(html(c)).append("</p>");
        }
        b.append("</section></main>\n");
        b.append("<footer>Impressum · Datenschutz · © ").append(outlet).append("</footer></body></html>\n");
        return b.toString();
    }
}
