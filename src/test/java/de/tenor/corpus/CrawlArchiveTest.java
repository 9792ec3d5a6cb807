package de.tenor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/** WARC storage and the newest-capture view the index reads. */
class CrawlArchiveTest {

    @TempDir
    Path corpus;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T10:15:00Z"), ZoneOffset.UTC);
    private static final long ONE_GB = 1L << 30;

    static HttpExchange exchange(String url, int status, String type, String body) {
        return new HttpExchange(URI.create(url), "GET", Map.of("User-Agent", List.of("TenorBot/0.1")), status,
                Map.of("Content-Type", List.of(type), "Transfer-Encoding", List.of("chunked")),
                body.getBytes(StandardCharsets.UTF_8), false, type.replaceAll(";.*", ""), Optional.of("127.0.0.1"),
                CLOCK.instant());
    }

    private static UrlState fetched(HttpExchange ex) {
        return UrlState.discovered(ex.uri().toString(), 0).visited(FetchStatus.FETCHED, 1, ex.status(), ex.fetchedAt())
                .withSha256(ex.sha256());
    }

    private List<WarcCapture> latest() {
        return new WarcCaptures(CrawlArchive.warcDir(corpus)).latest();
    }

    @Test
    void stores_request_and_response_and_reads_the_payload_back() throws Exception {
        HttpExchange page = exchange("https://a.example/r.html", 200, "text/html; charset=utf-8", "<html>Kioskaushilfe</html>");
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(page, fetched(page));
        }

        List<WarcCapture> captures = latest();
        assertEquals(1, captures.size());
        WarcCapture c = captures.getFirst();
        assertEquals("https://a.example/r.html", c.sourceUri());
        assertEquals("text/html", c.mediaType());
        assertEquals("r.html", c.fileName());
        assertEquals("<html>Kioskaushilfe</html>", new String(c.readBytes(), StandardCharsets.UTF_8));
        try (WarcReader reader = new WarcReader(c.warcFile())) {
            assertEquals(List.of("warcinfo", "response", "request"), reader.records().map(r -> r.type()).toList());
        }
    }

    /** Issue 18: a WARC file is read once; its summary answers the next runs until the file grows. */
    @Test
    void a_summarised_warc_file_is_not_read_again_until_it_grows() throws Exception {
        HttpExchange a = exchange("https://a.example/a", 200, "text/html", "<html>eins</html>");
        HttpExchange b = exchange("https://a.example/b", 200, "text/html", "<html>zwei</html>");
        Path warc;
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(a, fetched(a));
        }
        List<WarcCapture> first = latest();
        warc = first.getFirst().warcFile();
        Path summary = warc.resolveSibling("." + warc.getFileName() + ".captures.jsonl");
        assertTrue(Files.isRegularFile(summary), "the file's verdicts are kept beside it");
        // Proof that the summary answers: a summary line for a URL the file does not hold shows up.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(summary));
        lines.add(lines.get(1).replace("https://a.example/a", "https://a.example/aus-der-zusammenfassung"));
        Files.write(summary, lines);
        assertEquals(List.of("https://a.example/a", "https://a.example/aus-der-zusammenfassung"),
                latest().stream().map(WarcCapture::url).toList());

        Files.delete(summary); // a missing summary means reading the file (and writing the summary again)
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(b, fetched(b));
        }
        assertEquals(List.of("https://a.example/a", "https://a.example/b"), latest().stream().map(WarcCapture::url).toList(),
                "new or grown files are read again");
        assertTrue(Files.isRegularFile(summary));
        Files.writeString(summary, "not a summary");
        assertEquals(2, latest().size(), "an unreadable summary means reading the file");
    }

    @Test
    void newest_capture_wins_and_a_later_404_or_duplicate_removes_the_url() throws Exception {
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            HttpExchange v1 = exchange("https://a.example/a", 200, "text/html", "<html>eins</html>");
            HttpExchange v2 = exchange("https://a.example/a", 200, "text/html", "<html>zwei</html>");
            HttpExchange b = exchange("https://a.example/b", 200, "text/html", "<html>bleibt</html>");
            HttpExchange bGone = exchange("https://a.example/b", 404, "text/html", "weg");
            HttpExchange c = exchange("https://a.example/c", 200, "text/html", "<html>zwei</html>");
            HttpExchange feed = exchange("https://a.example/feed", 200, "application/rss+xml", "<rss/>");
            archive.storeResponse(v1, fetched(v1));
            archive.storeResponse(b, fetched(b));
            archive.storeResponse(v2, fetched(v2));
            archive.storeResponse(bGone, fetched(bGone).visited(FetchStatus.GONE, 1, 404, CLOCK.instant()));
            assertEquals(Optional.of("https://a.example/a"), archive.firstUrlWithContent(c.sha256()));
            archive.storeDuplicate(c, "https://a.example/a", fetched(c).withDuplicateOf(Optional.of("https://a.example/a")));
            archive.storeResponse(feed, fetched(feed));
        }

        List<WarcCapture> captures = latest();
        assertEquals(List.of("https://a.example/a"), captures.stream().map(WarcCapture::url).toList(),
                "b is gone, c is a duplicate of a, a feed is no document");
        assertEquals("<html>zwei</html>", new String(captures.getFirst().readBytes(), StandardCharsets.UTF_8));
        try (WarcReader reader = new WarcReader(captures.getFirst().warcFile())) {
            WarcRevisit revisit = reader.records().filter(r -> r instanceof WarcRevisit).map(r -> (WarcRevisit) r)
                    .findFirst().orElseThrow();
            assertEquals(Optional.of(URI.create("https://a.example/a")), revisit.refersToTargetURI());
        }
    }

    @Test
    void torn_last_record_is_skipped_and_the_next_run_writes_a_new_file() throws Exception {
        HttpExchange a = exchange("https://a.example/a", 200, "text/html", "<html>a</html>");
        HttpExchange b = exchange("https://a.example/b", 200, "text/html", "<html>b</html>");
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(a, fetched(a));
            archive.storeResponse(b, fetched(b));
        }
        Path first = new WarcCaptures(CrawlArchive.warcDir(corpus)).files().getFirst();
        long bOffset = latest().stream().filter(c -> c.url().endsWith("/b")).findFirst().orElseThrow().offset();
        try (FileChannel ch = FileChannel.open(first, StandardOpenOption.WRITE)) {
            ch.truncate(bOffset + 60); // kill -9 in the middle of writing b's response
        }

        assertEquals(List.of("https://a.example/a"), latest().stream().map(WarcCapture::url).toList());

        HttpExchange c = exchange("https://a.example/c", 200, "text/html", "<html>c</html>");
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(c, fetched(c));
        }
        assertEquals(2, new WarcCaptures(CrawlArchive.warcDir(corpus)).files().size());
        assertEquals(List.of("https://a.example/a", "https://a.example/c"), latest().stream().map(WarcCapture::url).toList());
    }

    @Test
    void warc_files_rotate_at_the_size_limit() throws Exception {
        Path dir = corpus.resolve("warc");
        try (WarcFileWriter writer = new WarcFileWriter(dir, 2000, CLOCK, "test")) {
            for (int i = 0; i < 6; i++) {
                HttpExchange ex = exchange("https://a.example/" + i, 200, "text/html", "<html>" + "x".repeat(900) + i + "</html>");
                writer.write(ExchangeRecords.responseAndRequest(ex));
            }
        }

        List<Path> files = new WarcCaptures(dir).files();
        assertTrue(files.size() >= 2, "rotated: " + files);
        for (Path f : files) {
            try (WarcReader reader = new WarcReader(f)) {
                assertEquals("warcinfo", reader.next().orElseThrow().type(), "each file starts with warcinfo");
            }
        }
        assertEquals(6, new WarcCaptures(dir).latest().size());
    }

    @Test
    void truncated_body_is_marked_in_the_warc_record() throws Exception {
        HttpExchange cut = new HttpExchange(URI.create("https://a.example/big.pdf"), "GET", Map.of(), 200,
                Map.of("Content-Type", List.of("application/pdf"), "Content-Length", List.of("999999")),
                "%PDF-1.4 abgeschnitten".getBytes(StandardCharsets.US_ASCII), true, "application/pdf", Optional.empty(),
                CLOCK.instant());
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(cut, fetched(cut));
        }

        WarcCapture c = latest().getFirst();
        assertTrue(c.truncated());
        try (WarcReader reader = new WarcReader(c.warcFile())) {
            reader.position(c.offset());
            WarcResponse response = (WarcResponse) reader.next().orElseThrow();
            assertEquals(Optional.of("length"), response.headers().first("WARC-Truncated"));
            assertEquals(Optional.of("22"), response.http().headers().first("Content-Length"), "the length actually stored");
        }
    }

    @Test
    void second_crawl_on_the_same_corpus_is_refused_while_the_first_runs() throws Exception {
        try (CrawlArchive first = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            IOException e = assertThrows(IOException.class, () -> CrawlArchive.open(corpus, ONE_GB, CLOCK, "test"));
            assertTrue(e.getMessage().contains("Another crawl is writing to"), e.getMessage());
        }
        CrawlArchive.open(corpus, ONE_GB, CLOCK, "test").close();
    }

    @Test
    void corpus_store_lists_no_crawl_files_as_loose_sources_but_includes_captures() throws Exception {
        Files.writeString(corpus.resolve("local.txt"), "Ein lokaler Text.");
        HttpExchange page = exchange("https://a.example/r.html", 200, "text/html", "<html>x</html>");
        try (CrawlArchive archive = CrawlArchive.open(corpus, ONE_GB, CLOCK, "test")) {
            archive.storeResponse(page, fetched(page));
        }
        Files.writeString(CrawlArchive.crawlDir(corpus).resolve("notes.txt"), "not a source");

        CorpusStore store = new CorpusStore(corpus);

        assertEquals(List.of("local.txt"), store.list().stream().map(CorpusFile::relativePath).toList());
        assertEquals(List.of("corpus:local.txt", "https://a.example/r.html"),
                store.captures().stream().map(Capture::sourceUri).toList());
        assertFalse(store.captures().get(1).versionKey().isBlank());
    }
}
