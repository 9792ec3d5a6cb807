package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt as RFC 9309 and crawler-commons read it, for our user agent TenorBot. */
class RobotsPolicyTest {

    private static final URI ROBOTS = URI.create("https://nrwe.example/robots.txt");

    private static RobotsPolicy.Decision parse(String robots) {
        return RobotsPolicy.parse(ROBOTS, 200, robots.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8),
                Optional.of("text/plain"));
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nDisallow: /private/                            | /private/x.html       | false
            User-agent: *\\nDisallow: /private/                            | /public/x.html        | true
            User-agent: *\\nDisallow: /                                    | /anything             | false
            User-agent: *\\nDisallow: /\\n\\nUser-agent: TenorBot\\nAllow: / | /anything             | true
            User-agent: tenorbot\\nDisallow: /suche                        | /suche?q=Minijob      | false
            User-agent: OtherBot\\nDisallow: /                             | /anything             | true
            User-agent: *\\nDisallow: /*.pdf$                              | /urteil.pdf           | false
            User-agent: *\\nDisallow: /*.pdf$                              | /urteil.pdf.html      | true
            User-agent: *\\nDisallow: /ovgs/\\nAllow: /ovgs/vg_gelsenkirchen/ | /ovgs/vg_gelsenkirchen/j2023/a.html | true
            User-agent: *\\nDisallow: /ovgs/\\nAllow: /ovgs/vg_gelsenkirchen/ | /ovgs/vg_arnsberg/a.html | false
            User-agent: *\\nDisallow:                                      | /anything             | true
            """)
    void decides_per_path(String robots, String path, boolean allowed) {
        assertEquals(allowed, parse(robots).allows(URI.create("https://nrwe.example" + path)));
    }

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nCrawl-delay: 5                                 | 5000
            User-agent: *\\nCrawl-delay: 0.5                               | 500
            User-agent: *\\nDisallow: /x                                   | 0
            User-agent: *\\nCrawl-delay: 1\\n\\nUser-agent: TenorBot\\nCrawl-delay: 7 | 7000
            User-agent: *\\nCrawl-delay: 3600                              | 3600000
            """)
    void reads_crawl_delay(String robots, long millis) {
        assertEquals(Duration.ofMillis(millis), parse(robots).crawlDelay());
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"404, ALLOW_ALL", "410, ALLOW_ALL", "403, ALLOW_ALL", "429, DEFER", "500, DEFER", "503, DEFER"})
    void status_without_rules_allows_all_or_defers(int status, RobotsPolicy.Decision.Access access) {
        assertEquals(access, RobotsPolicy.parse(ROBOTS, status, new byte[0], Optional.empty()).access());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sitemap: https://nrwe.example/sitemap.xml | https://nrwe.example/sitemap.xml
            Sitemap: /sitemaps/index.xml              | https://nrwe.example/sitemaps/index.xml
            """)
    void lists_sitemaps(String robots, String sitemap) {
        assertEquals(URI.create(sitemap), parse(robots).sitemaps().getFirst());
    }
}
