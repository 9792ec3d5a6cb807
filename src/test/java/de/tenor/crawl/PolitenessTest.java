package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.FetchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One request per host at a time, and a measured gap of at least max(delay, Crawl-delay) between them. */
class PolitenessTest {

    @TempDir
    Path corpus;
    TestSite site;
    TestSite second;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        second = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
        second.close();
    }

    /** Server-side gaps: from the end of one response to the start of the next request, in ms. */
    private static List<Long> gapsMs(TestSite s) {
        List<TestSite.Hit> hits = s.hits().stream().sorted(Comparator.comparingLong(TestSite.Hit::startNanos)).toList();
        return java.util.stream.IntStream.range(1, hits.size())
                .mapToObj(i -> (hits.get(i).startNanos() - hits.get(i - 1).endNanos()) / 1_000_000).toList();
    }

    @Test
    void requests_to_one_host_never_overlap_and_keep_the_larger_of_delay_and_crawl_delay() throws Exception {
        site.crawlDelayLine = "Crawl-delay: 0.25";
        CrawlConfig config = Crawls.config(site.uri("/"), second.uri("/")).delay(Duration.ofMillis(60))
                .parallelHosts(4).maxPages(20).build();

        Crawls.run(corpus, config);

        assertEquals(1, site.maxConcurrentRequests());
        assertEquals(1, second.maxConcurrentRequests());
        List<Long> slow = gapsMs(site);
        List<Long> fast = gapsMs(second);
        assertTrue(slow.size() >= 3 && fast.size() >= 3, "both hosts were crawled: " + slow + " " + fast);
        // 10 ms of tolerance for timer granularity; the bounds are what robots.txt and --delay-ms ask for.
        assertTrue(slow.stream().allMatch(g -> g >= 240), "Crawl-delay 0.25 s wins over 60 ms: " + slow);
        assertTrue(fast.stream().allMatch(g -> g >= 50), "configured delay 60 ms: " + fast);
    }

    @Test
    void crawl_delay_above_cap_skips_host() throws Exception {
        site.crawlDelayLine = "Crawl-delay: 3600";

        CrawlSummary summary = Crawls.run(corpus, Crawls.config(site.uri("/")).build());

        assertEquals(List.of("/robots.txt"), site.paths());
        String reason = summary.deferredHosts().get(UrlNormalizer.hostKey(site.uri("/")));
        assertTrue(reason.contains("Crawl-delay 3600 s, above the cap of 30 s"), reason);
        assertEquals(FetchStatus.DISCOVERED, Crawls.states(corpus).get(site.base() + "/").status(), "kept for the next run");
    }

    @Test
    void robots_txt_server_error_defers_the_host() throws Exception {
        site.robotsStatus = 503;

        CrawlSummary summary = Crawls.run(corpus, Crawls.config(site.uri("/")).build());

        assertEquals(List.of("/robots.txt"), site.paths());
        String reason = summary.deferredHosts().values().iterator().next();
        assertTrue(reason.contains("robots.txt answered 503"), reason);
    }

    @Test
    void missing_robots_txt_allows_everything() throws Exception {
        site.robotsStatus = 404;

        Crawls.run(corpus, Crawls.config(site.uri("/")).build());

        assertEquals(1, site.hits("/private/secret.html").size());
    }
}
