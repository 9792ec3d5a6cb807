package de.tenor.crawl;

import de.tenor.corpus.MagicBytes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a response body is from its first bytes, and from the Content-Type header only
 * when the bytes do not tell: servers often send PDFs as {@code application/octet-stream} or
 * {@code text/html}. Pure; thread-safe.
 */
final class ContentSniffer {

    static final String HTML = "text/html";
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String SITEMAP = "application/xml";
    static final String OCTET_STREAM = "application/octet-stream";
    static final String GZIP = "application/gzip";

    private static final int HEAD_BYTES = 1024;
    private static final Pattern ROOT = Pattern.compile(
            "(?:\u00ef\u00bb\u00bf)?(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!doctype[^>]*>)*<([a-z][a-z0-9:_-]*)", Pattern.DOTALL);

    /** The base media type the body most likely has, lower-case, without parameters. */
    String identify(Optional<String> contentType, byte[] body) {
        String declared = contentType.map(ContentSniffer::base).orElse("");
        if (MagicBytes.startsWith(body, "%PDF-")) {
            return PDF;
        }
        if (MagicBytes.zip(body)) {
            // A DOCX is a zip whose entries live under word/; the names are stored uncompressed.
            return declared.equals(DOCX) || contains(body, "word/document.xml") ? DOCX : "application/zip";
        }
        if (MagicBytes.gzip(body)) {
            return GZIP;
        }
        if (MagicBytes.rtf(body)) {
            return "application/rtf";
        }
        if (MagicBytes.ole(body)) {
            return "application/msword";
        }
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        // The root element decides: an RSS item may quote "<html>", an HTML page may say "<feedback>".
        String root = rootElement(head);
        switch (root) {
            case "html" -> {
                return HTML;
            }
            case "rss", "rdf:rdf" -> {
                return RSS;
            }
            case "feed" -> {
                return ATOM;
            }
            case "urlset", "sitemapindex" -> {
                return SITEMAP;
            }
            default -> {
                // HTML fragments without <html>: servers and browsers accept them.
                if (head.contains("<!doctype html") || head.contains("<head") || head.contains("<body")) {
                    return HTML;
                }
            }
        }
        return declared.isEmpty() ? OCTET_STREAM : declared;
    }

    /** The name of the first element, after BOM, XML declaration, comments and doctype; "" when none. */
    static String rootElement(String head) {
        Matcher m = ROOT.matcher(head);
        return m.lookingAt() ? m.group(1) : "";
    }

    static boolean isHtml(String mediaType) {
        return mediaType.equals(HTML) || mediaType.equals("application/xhtml+xml");
    }

    /** Sitemaps (also gzipped ones, {@code sitemap.xml.gz}) and feeds: crawler-commons' sitemap parser reads all of them. */
    static boolean isLinkList(String mediaType, String path) {
        return mediaType.equals(RSS) || mediaType.equals(ATOM) || mediaType.equals(SITEMAP) || mediaType.equals("text/xml")
                || (mediaType.equals(GZIP) && path.toLowerCase(Locale.ROOT).endsWith(".xml.gz"));
    }

    static String base(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(byte[] body, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
