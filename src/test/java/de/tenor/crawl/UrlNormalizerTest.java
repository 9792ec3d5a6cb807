package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "REJECTED", textBlock = """
            HTTP://Example.COM:80/a/../b/./c.html#frag          | http://example.com/b/c.html
            https://example.com                                 | https://example.com/
            https://example.com:443/x                           | https://example.com/x
            http://example.com:8080/x                           | http://example.com:8080/x
            https://example.com/x?b=2&a=1                       | https://example.com/x?a=1&b=2
            http://example.com/x?utm_source=news&id=3           | http://example.com/x?id=3
            http://example.com/x?PHPSESSID=abc                  | http://example.com/x
            https://example.com/a/node.html;jsessionid=5C34FF.s4t1  | https://example.com/a/node.html
            http://example.com/a%7eb?x=1                        | http://example.com/a~b?x=1
            http://example.com/%c3%bc?x=%41                     | http://example.com/%C3%BC?x=A
            http://example.com/ä ö.html                         | http://example.com/%C3%A4%20%C3%B6.html
            http://bücher.de/                                   | http://xn--bcher-kva.de/
            https://nrwe.justiz.nrw.de/ovgs/vg_gelsenkirchen/j2023/8_K_1598_22_Urteil_20230511.html | https://nrwe.justiz.nrw.de/ovgs/vg_gelsenkirchen/j2023/8_K_1598_22_Urteil_20230511.html
            mailto:poststelle@example.org                       | REJECTED
            javascript:void(0)                                  | REJECTED
            ftp://example.com/file                              | REJECTED
            /relative/path                                      | REJECTED
            """)
    void normalizes_absolute_urls(String raw, String expected) {
        assertEquals(expected, normalizer.normalize(raw).map(URI::toString).orElse(null));
    }

    @ParameterizedTest(name = "{1} on {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "REJECTED", textBlock = """
            http://example.com/a/b.html | c.html          | http://example.com/a/c.html
            http://example.com/a/b.html | ../c.html#x     | http://example.com/c.html
            http://example.com/a/b.html | /d?utm_medium=x | http://example.com/d
            http://example.com/a/b.html | //other.org/e   | http://other.org/e
            http://example.com/a/b.html | #top            | http://example.com/a/b.html
            http://example.com/a/b.html | mailto:x@y.de   | REJECTED
            """)
    void resolves_links_against_their_page(String page, String href, String expected) {
        assertEquals(expected, normalizer.resolve(URI.create(page), href).map(URI::toString).orElse(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "http://Example.com/x, example.com",
            "https://example.com:8443/x, example.com:8443",
            "http://127.0.0.1:7070/, 127.0.0.1:7070"})
    void host_key_keeps_only_a_non_default_port(String url, String key) {
        assertEquals(key, UrlNormalizer.hostKey(normalizer.normalize(url).orElseThrow()));
    }
}
