package de.tenor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawler's part of the corpus folder: WARC files under {@code crawl/warc/} and the URL state
 * journal {@code crawl/state.jsonl}. Holds a lock file so two crawls cannot write one corpus.
 *
 * <p>Write order is what makes a {@code kill -9} harmless: a response goes to the WARC file
 * first, its URL state second. A crash between the two leaves a stored response whose URL is
 * still unfinished, so it is fetched again — never a "finished" URL without its record. On
 * {@link #sync()} the WARC file reaches the disk before the journal, for the same reason.
 * Thread-safe: all methods are synchronized.
 */
public final class CrawlArchive implements AutoCloseable {

    /** Journal lines between two fsyncs; a power cut loses at most this many state changes. */
    static final int SYNC_EVERY_LINES = 50;

    private final UrlJournal journal;
    private final WarcFileWriter warc;
    private final HeldFileLock lock;
    private final Clock clock;
    private final Map<String, UrlState> states;
    /** SHA-256 → the URL whose response stored that content first. */
    private final Map<String, String> firstUrlBySha = new HashMap<>();
    private int lastPass;
    private boolean lastPassFinished;

    private CrawlArchive(Path crawlDir, long maxWarcFileBytes, Clock clock, String software,
                         HeldFileLock lock) throws IOException {
        this.clock = clock;
        this.lock = lock;
        Path journalFile = crawlDir.resolve("state.jsonl");
        this.journal = UrlJournal.open(journalFile, SYNC_EVERY_LINES);
        UrlJournal.Contents contents = journal.contents();
        this.states = new LinkedHashMap<>(contents.states());
        this.lastPass = contents.lastPass();
        this.lastPassFinished = contents.lastPassFinished();
        states.values().forEach(s -> indexContent(null, s));
        this.warc = new WarcFileWriter(crawlDir.resolve("warc"), maxWarcFileBytes, clock, software);
    }

    /**
     * Opens (or creates) the crawl folder below a corpus root.
     *
     * @throws IOException also when another crawl holds the lock; the message says so
     */
    public static CrawlArchive open(Path corpusRoot, long maxWarcFileBytes, Clock clock, String software) throws IOException {
        Path dir = crawlDir(corpusRoot);
        Files.createDirectories(dir);
        Path lockFile = dir.resolve("crawl.lock");
        HeldFileLock lock = HeldFileLock.tryLock(lockFile).orElseThrow(() -> new IOException("Another crawl is writing to " + dir
                + " (" + lockFile.getFileName() + " is locked). Wait for it to finish, or pass another --corpus."));
        try {
            return new CrawlArchive(dir, maxWarcFileBytes, clock, software, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@code <corpus>/crawl}: everything the crawler writes. */
    public static Path crawlDir(Path corpusRoot) {
        return corpusRoot.resolve("crawl");
    }

    /** {@code <corpus>/crawl/warc}: the WARC files. */
    public static Path warcDir(Path corpusRoot) {
        return crawlDir(corpusRoot).resolve("warc");
    }

    public synchronized Optional<UrlState> state(String url) {
        return Optional.ofNullable(states.get(url));
    }

    /** All known URLs in the order they were first found. */
    public synchronized List<UrlState> states() {
        return new ArrayList<>(states.values());
    }

    /** The newest pass that was started; 0 before the first crawl. */
    public synchronized int lastPass() {
        return lastPass;
    }

    /** Whether the newest pass ran until its frontier was empty. */
    public synchronized boolean lastPassFinished() {
        return lastPassFinished;
    }

    public synchronized void startPass(int pass) throws IOException {
        if (pass != lastPass) {
            journal.passStarted(pass, clock.instant());
        }
        lastPass = pass;
        lastPassFinished = false;
    }

    public synchronized void finishPass(int pass) throws IOException {
        sync();
        journal.passFinished(pass, clock.instant());
        lastPass = pass;
        lastPassFinished = true;
    }

    /** Records a state change that stores no content (discovered, failed, unchanged, gone without body). */
    public synchronized void record(UrlState state) throws IOException {
        journal.append(state);
        indexContent(states.put(state.url(), state), state);
    }

    /** The URL that first stored this content, if any. */
    public synchronized Optional<String> firstUrlWithContent(String sha256) {
        return Optional.ofNullable(firstUrlBySha.get(sha256));
    }

    /** Stores a response (and its request) in the WARC file, then the URL's new state. */
    public synchronized void storeResponse(HttpExchange exchange, UrlState state) throws IOException {
        warc.write(ExchangeRecords.responseAndRequest(exchange));
        record(state);
    }

    /**
     * Stores a document a topic source fetched (a decision page, an API case, an article), marked
     * with the source type, then the URL's new state: {@code tenor index} applies the topic policy
     * to these.
     */
    public synchronized void storeSourceDocument(HttpExchange exchange, UrlState state, String sourceType) throws IOException {
        warc.write(ExchangeRecords.responseAndRequest(exchange, Map.of(WarcCapture.SOURCE_FIELD, sourceType)));
        record(state);
    }

    /**
     * Stores a result list (a search answer, an API page, a feed) with its request, marked so the
     * index does not read it as a document. No URL state: lists are asked again on every run, and
     * one search URL answers many different form posts.
     */
    public synchronized void storeListing(HttpExchange exchange, String sourceType) throws IOException {
        warc.write(ExchangeRecords.responseAndRequest(exchange,
                Map.of(WarcCapture.SOURCE_FIELD, sourceType, WarcCapture.ROLE_FIELD, WarcCapture.ROLE_LISTING)));
    }

    /** Stores a revisit record naming the URL that holds the same content, then the URL's new state. */
    public synchronized void storeDuplicate(HttpExchange exchange, String firstUrl, UrlState state) throws IOException {
        Instant firstFetched = Optional.ofNullable(states.get(firstUrl)).flatMap(UrlState::fetchedAt)
                .orElse(exchange.fetchedAt());
        warc.write(List.of(ExchangeRecords.duplicate(exchange, firstUrl, firstFetched)));
        record(state);
    }

    /** Keeps "which URL holds this content" true when a URL's stored content changes or goes away. */
    private void indexContent(UrlState previous, UrlState next) {
        if (previous != null) {
            previous.sha256().ifPresent(old -> firstUrlBySha.remove(old, previous.url()));
        }
        if (next.hasStoredContent() && next.duplicateOf().isEmpty()) {
            firstUrlBySha.putIfAbsent(next.sha256().get(), next.url());
        }
    }

    /** WARC records first, then the journal: see the class comment. */
    public synchronized void sync() throws IOException {
        warc.sync();
        journal.sync();
    }

    @Override
    public synchronized void close() throws IOException {
        try (lock; journal; warc) {
            warc.sync();
        }
    }
}
