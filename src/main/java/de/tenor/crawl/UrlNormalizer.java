package de.tenor.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling per URL, so the frontier sees {@code HTTP://Host:80/a/../b#x} and
 * {@code http://host/b} as the same page: crawler-commons' {@link BasicURLNormalizer} (lower-case
 * scheme and host, default port and fragment removed, dot segments resolved, query parameters
 * sorted, IDN to punycode) minus tracking and session parameters (also {@code ;jsessionid=} in
 * the path). Only http and https URLs
 * survive. Thread-safe.
 */
public final class UrlNormalizer {

    /** Tracking and session parameters: they make one page look like many. */
    static final List<String> DROPPED_PARAMETERS = List.of("utm_source", "utm_medium", "utm_campaign", "utm_term",
            "utm_content", "fbclid", "gclid", "PHPSESSID", "jsessionid", "sid");
    /** Longer URLs are almost always traps (session blobs, endlessly appended parameters). */
    static final int MAX_URL_CHARS = 2048;

    /** Java servlet containers put the session into the path: {@code /page.html;jsessionid=5C34…}. */
    private static final Pattern PATH_SESSION = Pattern.compile("(?i);jsessionid=[^?#/]*");
    private static final Pattern UNRESERVED_ESCAPE = Pattern.compile("%(?i:(4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|3[0-9]|2D|2E|5F|7E))");

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(DROPPED_PARAMETERS).build();

    /** The normal form of an absolute URL, or empty when it is not a crawlable http(s) URL. */
    public Optional<URI> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = PATH_SESSION.matcher(decodeUnreserved(raw.strip())).replaceFirst("");
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String normal = normalizer.filter(s);
        if (normal == null || normal.length() > MAX_URL_CHARS) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normal);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Resolves a link against the page it is on, then normalises it. */
    public Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            return normalize(base.resolve(href.strip().replace(" ", "%20")).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code host} or {@code host:port} when the port is not the scheme's default: the unit of
     * politeness and of robots.txt (RFC 9309 scopes robots.txt to scheme, host and port).
     */
    public static String hostKey(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    /**
     * RFC 3986 6.2.2.2: {@code %7E} and {@code ~} are the same URL. Decoding these first also avoids
     * a crawler-commons 1.6 bug that turns {@code ?x=1} into {@code ?x?1} after unescaping the path.
     */
    static String decodeUnreserved(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        Matcher m = UNRESERVED_ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
