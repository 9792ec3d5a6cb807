package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small parsers: content sniffing, Retry-After, internal addresses. */
class SniffingAndHeadersTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            application/octet-stream     | %PDF-1.7 ...                        | application/pdf
            text/html; charset=utf-8     | %PDF-1.4 ...                        | application/pdf
            NONE                         | <!DOCTYPE html><html><body>x         | text/html
            text/plain                   | \\n  <html lang="de"><head>          | text/html
            application/xml              | <?xml version="1.0"?><rss version="2.0"> | application/rss+xml
            text/xml                     | <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"> | application/atom+xml
            application/xml              | <?xml version="1.0"?><urlset xmlns="x">  | application/xml
            text/html                    | <!-- x --><html><body><p>Ihr <feedback>             | text/html
            application/xml              | <?xml version="1.0"?>\\n<!-- feed --><rss><item><description>&lt;html&gt; | application/rss+xml
            text/html                    | <div class="teaser">Kein html-Element</div>         | text/html
            application/msword           | {\\rtf1\\ansi                         | application/rtf
            Application/PDF; x=y         | not sniffable                       | application/pdf
            NONE                         | not sniffable                       | application/octet-stream
            """)
    void identifies_content_by_bytes_before_header(String header, String body, String expected) {
        byte[] bytes = body.replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(expected, new ContentSniffer().identify(Optional.ofNullable(header), bytes));
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            120                           | 120
            0                             | 0
            Thu, 01 Jan 2026 00:02:00 GMT | 120
            Wed, 31 Dec 2025 23:00:00 GMT | 0
            soon                          | NONE
            NONE                          | NONE
            """)
    void reads_retry_after_as_seconds_or_date(String header, Long seconds) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Optional.ofNullable(seconds).map(Duration::ofSeconds), RetryAfter.parse(Optional.ofNullable(header), now));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "PUBLIC", value = {
            "127.0.0.1, loopback", "::1, loopback", "10.1.2.3, private", "172.16.0.9, private", "192.168.178.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local", "0.0.0.0, wildcard", "fd12:3456::1, private (unique local)",
            "100.64.0.1, private (shared or unspecified)", "224.0.0.1, multicast", "8.8.8.8, PUBLIC",
            "2001:4860:4860::8888, PUBLIC", "193.175.0.1, PUBLIC"})
    void recognises_internal_addresses(String literal, String kind) throws Exception {
        assertEquals(Optional.ofNullable(kind), AddressGuard.internalKind(InetAddress.getByName(literal)));
    }
}
