package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedsAndConfigTest {

    @Test
    void seeds_file_skips_comments_and_blank_lines_and_normalises_urls() {
        List<URI> seeds = Seeds.parse("""
                # NRW courts
                https://NRWE.justiz.nrw.de/   # start page

                https://nrwe.justiz.nrw.de/#again
                http://www.sozialgerichtsbarkeit.de/sgb/start.php
                """, "seeds.txt");

        assertEquals(List.of(URI.create("https://nrwe.justiz.nrw.de/"),
                URI.create("http://www.sozialgerichtsbarkeit.de/sgb/start.php")), seeds);
    }

    @Test
    void seeds_file_reports_every_bad_line_with_its_number() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seeds.parse("https://ok.example/\nftp://bad.example/\nnot a url\n", "seeds.txt"));

        assertTrue(e.getMessage().contains("seeds.txt line 2: not an http(s) URL: ftp://bad.example/"), e.getMessage());
        assertTrue(e.getMessage().contains("seeds.txt line 3"), e.getMessage());
    }

    @Test
    void shipped_seeds_file_parses() throws Exception {
        List<URI> seeds = Seeds.read(Path.of("seeds.txt"));

        assertTrue(seeds.size() >= 3, seeds.toString());
        assertTrue(seeds.stream().allMatch(u -> u.getScheme().equals("https")), seeds.toString());
    }

    @Test
    void config_reports_all_problems_at_once() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrawlConfig.builder(List.of())
                .maxPages(0).maxDepth(-1).delay(Duration.ofMillis(-5)).requestTimeout(Duration.ZERO).build());

        for (String part : List.of("no seed URLs", "maxPages must be at least 1, got 0", "maxDepth must be at least 0, got -1",
                "delay must be zero or positive", "requestTimeout must be positive")) {
            assertTrue(e.getMessage().contains(part), part + " missing in: " + e.getMessage());
        }
    }

    @Test
    void allowed_hosts_are_the_seed_hosts() {
        CrawlConfig config = CrawlConfig.builder(List.of(URI.create("https://a.example/x"), URI.create("http://b.example:8080/")))
                .build();

        assertEquals(List.of("a.example", "b.example:8080"), List.copyOf(config.allowedHosts()));
        assertEquals(Duration.ofSeconds(2), config.delay());
        assertEquals(CrawlConfig.USER_AGENT, config.userAgent());
    }
}
