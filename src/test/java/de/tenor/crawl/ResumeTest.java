package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.UrlState;
import de.tenor.corpus.WarcCapture;
import de.tenor.corpus.WarcCaptures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;

/** Interrupted runs resume; finished runs are followed by re-crawl passes with conditional GETs. */
class ResumeTest {

    @TempDir
    Path corpus;
    TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CrawlSummary crawl(int maxPages) throws Exception {
        return Crawls.run(corpus, Crawls.config(site.uri("/")).maxPages(maxPages).build());
    }

    private Map<String, Long> fileSizes() throws IOException {
        try (var files = Files.list(CrawlArchive.warcDir(corpus))) {
            return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p.toFile().length()));
        }
    }

    /** URLs (as paths) the journal says were visited, i.e. are no longer merely discovered. */
    private Set<String> visitedPaths() throws IOException {
        Set<String> done = new HashSet<>();
        Crawls.states(corpus).values().stream().filter(s -> s.status() != FetchStatus.DISCOVERED)
                .forEach(s -> done.add(s.url().substring(site.base().length())));
        return done;
    }

    @Test
    void recrawl_sends_conditional_get_and_304_stores_nothing_new() throws Exception {
        assertTrue(crawl(1000).finished());
        Map<String, Long> before = fileSizes();

        CrawlSummary again = crawl(1000);

        assertEquals("recrawl", again.mode());
        assertEquals(2, again.pass());
        List<TestSite.Hit> etag = site.hits("/etag.html");
        assertEquals(2, etag.size());
        assertEquals("\"v1\"", etag.get(1).header("If-None-Match"));
        assertEquals(304, etag.get(1).status());
        assertEquals(0, again.stored());
        assertTrue(again.unchanged() >= 10, "unchanged: " + again.unchanged());
        assertEquals(before, fileSizes(), "no new WARC file, no new bytes");
        assertEquals(1, site.hits("/missing.html").size(), "a gone URL is not asked again");
    }

    @Test
    void changed_page_is_stored_again_and_its_newest_capture_wins() throws Exception {
        crawl(1000);
        site.etagVersion = "v2";

        CrawlSummary again = crawl(1000);

        assertEquals(1, again.stored());
        WarcCapture newest = new WarcCaptures(CrawlArchive.warcDir(corpus)).latest().stream()
                .filter(c -> c.url().endsWith("/etag.html")).findFirst().orElseThrow();
        assertTrue(new String(newest.readBytes(), StandardCharsets.UTF_8).contains("Fassung v2"));
    }

    @Test
    void interrupted_crawl_resumes_without_refetching_finished_urls() throws Exception {
        CrawlSummary first = crawl(6);
        assertFalse(first.finished());
        assertTrue(first.queuedLeft() > 0);
        Set<String> done = visitedPaths();
        int hitsBefore = site.hits().size();

        CrawlSummary second = crawl(1000);

        assertEquals("resumed", second.mode());
        assertEquals(1, second.pass());
        assertTrue(second.finished());
        List<String> secondRun = site.paths().subList(hitsBefore, site.paths().size());
        for (String path : done) {
            assertFalse(secondRun.contains(path), path + " was fetched again: " + secondRun);
        }
        assertTrue(secondRun.contains("/rulings/vg-gelsenkirchen-8-l-469-24.html") || done.contains("/rulings/vg-gelsenkirchen-8-l-469-24.html"));
        assertAllWarcFilesReadable();
    }

    @Test
    void crawl_killed_mid_write_resumes_and_its_warc_stays_readable() throws Exception {
        crawl(8);
        // Simulate kill -9 while storing page X: its WARC record is torn, its journal line half written.
        Path journal = CrawlArchive.crawlDir(corpus).resolve("state.jsonl");
        List<String> lines = Files.readAllLines(journal);
        Map<String, WarcCapture> captures = new WarcCaptures(CrawlArchive.warcDir(corpus)).latest().stream()
                .collect(Collectors.toMap(WarcCapture::url, c -> c));
        int cut = lines.size() - 1;
        while (!(lines.get(cut).contains("\"FETCHED\"") && !lines.get(cut).contains("duplicateOf")
                && captures.containsKey(urlOf(lines.get(cut))))) {
            cut--;
        }
        String victim = urlOf(lines.get(cut));
        WarcCapture torn = captures.get(victim);
        try (FileChannel ch = FileChannel.open(torn.warcFile(), StandardOpenOption.WRITE)) {
            ch.truncate(torn.offset() + 100);
        }
        String kept = String.join("\n", lines.subList(0, cut)) + "\n{\"url\":\"http://127.0.0.1:";
        Files.writeString(journal, kept, StandardCharsets.UTF_8);
        Set<String> done = visitedPaths();
        String victimPath = victim.substring(site.base().length());
        assertFalse(done.contains(victimPath), "X itself is not finished after the kill");
        int hitsBefore = site.hits().size();

        CrawlSummary resumed = crawl(1000);

        assertEquals("resumed", resumed.mode());
        List<String> secondRun = site.paths().subList(hitsBefore, site.paths().size());
        assertTrue(secondRun.contains(victimPath), "X is fetched again: " + secondRun);
        for (String path : done) {
            assertFalse(secondRun.contains(path), path + " was fetched again");
        }
        assertTrue(new WarcCaptures(CrawlArchive.warcDir(corpus)).latest().stream().anyMatch(c -> c.url().equals(victim)));
        UrlState s = Crawls.states(corpus).get(victim);
        assertEquals(FetchStatus.FETCHED, s.status());
    }

    @Test
    void recrawl_flag_forces_a_new_pass_after_an_interrupted_run() throws Exception {
        crawl(3);

        CrawlSummary forced = Crawls.run(corpus, Crawls.config(site.uri("/")).recrawl(true).maxPages(3).build());

        assertEquals("recrawl", forced.mode());
        assertEquals(2, forced.pass());
        assertEquals(2, site.hits("/").size());
    }

    private static String urlOf(String journalLine) {
        int start = journalLine.indexOf("\"url\":\"") + 7;
        return journalLine.substring(start, journalLine.indexOf('"', start));
    }

    private void assertAllWarcFilesReadable() throws IOException {
        for (Path file : new WarcCaptures(CrawlArchive.warcDir(corpus)).files()) {
            try (WarcReader reader = new WarcReader(file)) {
                long records = reader.records().count();
                assertTrue(records > 1, file + " has " + records + " records");
            }
        }
    }
}
