package de.tenor.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the links in a fetched body: jsoup for HTML (anchors, frames, feed links, canonical;
 * {@code rel=nofollow} and {@code <meta name=robots content=nofollow>} are respected),
 * crawler-commons for sitemaps, sitemap indexes, RSS and Atom feeds. Thread-safe.
 */
final class LinkExtractor {

    private static final Logger log = LoggerFactory.getLogger(LinkExtractor.class);
    private static final String LINK_SELECTOR = "a[href], area[href], frame[src], iframe[src], "
            + "link[rel=alternate][type~=(?i)(rss|atom)][href]";

    private final UrlNormalizer normalizer;

    LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    PageLinks fromHtml(URI page, byte[] body) {
        Document doc;
        try {
            // No charset given: jsoup reads the BOM or <meta charset>, so ISO-8859-1 pages keep their umlauts.
            doc = Jsoup.parse(new ByteArrayInputStream(body), null, page.toString());
        } catch (IOException e) {
            log.warn("Cannot parse HTML of {}: {}", page, e.getMessage());
            return PageLinks.none();
        }
        Optional<URI> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .flatMap(e -> normalizer.resolve(page, e.attr("href")));
        if (metaNofollow(doc)) {
            return new PageLinks(List.of(), canonical);
        }
        Set<URI> links = new LinkedHashSet<>();
        for (Element e : doc.select(LINK_SELECTOR)) {
            if (e.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            normalizer.resolve(page, href).ifPresent(links::add);
        }
        return new PageLinks(new ArrayList<>(links), canonical);
    }

    /** Page URLs of a sitemap or feed, or the sitemaps listed in a sitemap index. */
    List<URI> fromLinkList(URI url, byte[] body, String mediaType) {
        AbstractSiteMap map;
        try {
            // Not strict: a sitemap may list URLs outside its own folder; the crawl scope decides.
            map = new SiteMapParser(false).parseSiteMap(mediaType, body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            log.warn("Cannot read {} as sitemap or feed: {}", url, e.getMessage());
            return List.of();
        }
        Set<URI> links = new LinkedHashSet<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                normalizer.normalize(child.getUrl().toString()).ifPresent(links::add);
            }
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                normalizer.normalize(entry.getUrl().toString()).ifPresent(links::add);
            }
        }
        return List.copyOf(links);
    }

    private static boolean metaNofollow(Document doc) {
        for (Element meta : doc.select("meta[name~=(?i)^(robots|tenorbot)$][content]")) {
            if (meta.attr("content").toLowerCase(Locale.ROOT).matches(".*\\b(nofollow|none)\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
