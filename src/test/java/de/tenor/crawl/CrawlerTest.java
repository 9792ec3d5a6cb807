package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.UrlState;
import de.tenor.corpus.WarcCapture;
import de.tenor.corpus.WarcCaptures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a careful crawler does with each part of the test site. */
class CrawlerTest {

    @TempDir
    Path corpus;
    TestSite site;
    TestSite otherHost;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        otherHost = new TestSite();
        site.other = otherHost.base();
    }

    @AfterEach
    void stop() {
        site.close();
        otherHost.close();
    }

    private CrawlSummary crawlSite() throws Exception {
        return Crawls.run(corpus, Crawls.config(site.uri("/")).build());
    }

    private UrlState state(String path) throws Exception {
        UrlState s = Crawls.states(corpus).get(site.base() + path);
        assertTrue(s != null, "no state for " + path + " in " + Crawls.states(corpus).keySet());
        return s;
    }

    private Map<String, WarcCapture> captures() {
        Map<String, WarcCapture> m = new java.util.LinkedHashMap<>();
        new WarcCaptures(CrawlArchive.warcDir(corpus)).latest().forEach(c -> m.put(c.url(), c));
        return m;
    }

    @Test
    void robots_disallowed_page_is_never_requested() throws Exception {
        CrawlSummary summary = crawlSite();

        assertTrue(site.hits("/private/secret.html").isEmpty());
        assertEquals(FetchStatus.FAILED, state("/private/secret.html").status());
        assertEquals(Optional.of("robots.txt disallows"), state("/private/secret.html").reason());
        assertEquals(1, summary.robotsBlocked());
        assertEquals(1, site.hits("/robots.txt").size(), "robots.txt is read once per host and run");
        assertEquals("/robots.txt", site.paths().getFirst(), "robots.txt comes before any page");
    }

    @Test
    void finished_crawl_identifies_itself_and_never_leaves_the_seed_hosts() throws Exception {
        CrawlSummary summary = crawlSite();

        assertTrue(summary.finished());
        assertEquals("new", summary.mode());
        assertTrue(otherHost.hits().isEmpty(), "the second host is not a seed host: " + otherHost.paths());
        assertTrue(summary.outOfScope() > 0);
        assertTrue(site.hits().stream().allMatch(h -> h.header("User-Agent").equals(CrawlConfig.USER_AGENT)));
        assertTrue(site.hits("/nofollow.html").isEmpty(), "rel=nofollow is respected");
    }

    @Test
    void sitemaps_from_robots_txt_gzipped_sitemaps_and_rss_feeds_lead_to_pages_linked_nowhere_else() throws Exception {
        crawlSite();

        assertEquals(1, site.hits("/sitemap.xml").size());
        assertEquals(1, site.hits("/sitemap-rulings.xml.gz").size(), "a gzipped sitemap listed in the index");
        assertEquals(FetchStatus.FETCHED, state("/rulings/from-sitemap.html").status());
        assertEquals(1, site.hits("/feed.rss").size());
        assertEquals(FetchStatus.FETCHED, state("/news/duisburg-minijob.html").status());
    }

    @Test
    void calendar_trap_ends_at_max_depth() throws Exception {
        crawlSite();

        // The seed is depth 0, so month N sits at depth N; max depth 4 stops the endless calendar.
        assertEquals(1, site.hits("/calendar?month=4").size());
        assertTrue(site.hits("/calendar?month=5").isEmpty());
    }

    @Test
    void fragments_and_tracking_parameters_do_not_make_a_page_twice() throws Exception {
        crawlSite();

        assertEquals(1, site.hits("/rulings/vg-gelsenkirchen-8-l-469-24.html").size(),
                "linked with #tenor from the index and plainly from the sitemap");
        assertTrue(site.paths().stream().noneMatch(p -> p.contains("utm_source")));
    }

    @Test
    void redirects_are_recorded_and_followed_within_the_hop_limit() throws Exception {
        CrawlSummary summary = crawlSite();

        assertEquals(FetchStatus.REDIRECTED, state("/old-ruling").status());
        assertEquals(Optional.of(site.base() + "/moved-once"), state("/old-ruling").redirectTo());
        assertEquals(Optional.of(site.base() + "/rulings/moved.html"), state("/moved-once").redirectTo());
        assertEquals(FetchStatus.FETCHED, state("/rulings/moved.html").status());
        assertTrue(captures().containsKey(site.base() + "/rulings/moved.html"));
        // A loop ends because each URL is visited once per pass; an endless chain at the hop limit.
        assertEquals(1, site.hits("/loop-a").size());
        assertEquals(1, site.hits("/loop-b").size());
        assertEquals(1, site.hits("/chain/6").size());
        assertTrue(site.hits("/chain/7").isEmpty());
        assertTrue(state("/chain/6").reason().orElseThrow().contains("more than 5 redirects"));
        assertTrue(summary.redirects() >= 10, "redirects: " + summary.redirects());
    }

    @Test
    void identical_content_under_two_urls_is_stored_once() throws Exception {
        CrawlSummary summary = crawlSite();

        String original = site.base() + "/rulings/vg-duesseldorf-7-l-1234-24.html";
        UrlState mirror = state("/mirror/vg-duesseldorf-7-l-1234-24.html");
        assertEquals(FetchStatus.FETCHED, mirror.status());
        assertEquals(Optional.of(original), mirror.duplicateOf());
        assertEquals(1, summary.duplicates());
        assertTrue(captures().containsKey(original));
        assertFalse(captures().containsKey(site.base() + "/mirror/vg-duesseldorf-7-l-1234-24.html"));
    }

    @Test
    void canonical_link_sends_the_crawl_to_the_canonical_url() throws Exception {
        crawlSite();

        UrlState alias = state("/rulings/alias.html");
        assertEquals(FetchStatus.REDIRECTED, alias.status());
        assertEquals(Optional.of(site.base() + "/rulings/canonical.html"), alias.redirectTo());
        assertEquals(FetchStatus.FETCHED, state("/rulings/canonical.html").status());
        assertTrue(captures().containsKey(site.base() + "/rulings/canonical.html"));
        assertFalse(captures().containsKey(site.base() + "/rulings/alias.html"));
    }

    @Test
    void pdf_and_docx_are_kept_like_html_with_their_sniffed_types() throws Exception {
        crawlSite();

        Map<String, WarcCapture> captures = captures();
        WarcCapture pdf = captures.get(site.base() + "/rulings/sg-duisburg-s-31-as-370-24-er.pdf");
        WarcCapture docx = captures.get(site.base() + "/rulings/lsg-nrw-l-19-as-2035-24-b-er.docx");
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals(ContentSniffer.DOCX, docx.mediaType(), "served as application/octet-stream, sniffed as DOCX");
        assertEquals("lsg-nrw-l-19-as-2035-24-b-er.docx", docx.fileName());
        assertTrue(new String(pdf.readBytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }

    @Test
    void oversized_body_is_truncated_at_the_cap_and_marked() throws Exception {
        CrawlSummary summary = crawlSite();

        assertEquals(1, summary.truncated());
        assertEquals(Optional.of("truncated at 65536 bytes (size cap)"), state("/big.html").reason());
        WarcCapture big = captures().get(site.base() + "/big.html");
        assertTrue(big.truncated(), "WARC-Truncated: length");
        assertEquals(64 * 1024, big.readBytes().length);
    }

    @Test
    void gone_and_failing_pages_are_recorded_with_their_reason() throws Exception {
        crawlSite();

        assertEquals(FetchStatus.GONE, state("/missing.html").status());
        assertEquals(404, state("/missing.html").httpStatus());
        assertEquals(FetchStatus.FAILED, state("/error.html").status());
        assertEquals(Optional.of("HTTP 500"), state("/error.html").reason());
    }

    @Test
    void slow_page_times_out_and_is_recorded_as_failed() throws Exception {
        CrawlSummary summary = Crawls.run(corpus, Crawls.config(site.uri("/slow.html")).build());

        assertEquals(Optional.of("timeout after 1500 ms"), state("/slow.html").reason());
        assertEquals(1, summary.errors());
    }

    @Test
    void too_many_requests_waits_for_retry_after_then_fetches() throws Exception {
        CrawlSummary summary = Crawls.run(corpus, Crawls.config(site.uri("/busy.html")).build());

        List<TestSite.Hit> hits = site.hits("/busy.html");
        assertEquals(2, hits.size());
        assertEquals(429, hits.get(0).status());
        long gapMs = (hits.get(1).startNanos() - hits.get(0).endNanos()) / 1_000_000;
        assertTrue(gapMs >= 950, "Retry-After: 1 must be honoured, gap was " + gapMs + " ms");
        assertEquals(FetchStatus.FETCHED, state("/busy.html").status());
        assertEquals(1, summary.retries());
    }

    @Test
    void retry_after_above_the_cap_defers_the_host_to_the_next_run() throws Exception {
        CrawlSummary summary = Crawls.run(corpus, Crawls.config(site.uri("/busy-long.html"), site.uri("/")).build());

        assertEquals(1, site.hits("/busy-long.html").size());
        assertTrue(summary.deferredHosts().get(UrlNormalizer.hostKey(site.uri("/"))).contains("3600 s"),
                summary.deferredHosts().toString());
        assertEquals(FetchStatus.DISCOVERED, state("/").status(), "left for the next run");
    }

    @Test
    void loopback_seed_is_refused_without_allow_private() throws Exception {
        CrawlConfig config = Crawls.config(site.uri("/")).allowPrivate(false).build();

        List<String> problems = Crawler.seedProblems(config);
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().contains("loopback address 127.0.0.1"), problems.getFirst());
        assertTrue(problems.getFirst().contains("--allow-private"), problems.getFirst());

        CrawlSummary summary = Crawls.run(corpus, config);
        assertTrue(site.hits().isEmpty(), "not even robots.txt: " + site.paths());
        assertTrue(summary.deferredHosts().values().iterator().next().contains("refused"), summary.deferredHosts().toString());
    }
}
