package de.tenor.ingest;

import de.tenor.corpus.Capture;
import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusStore;
import de.tenor.corpus.CorpusUri;
import de.tenor.corpus.Sha256;
import de.tenor.extract.Document;
import de.tenor.extract.Extraction;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.ExtractionLimits;
import de.tenor.extract.Extractor;
import de.tenor.index.BuildLock;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import de.tenor.index.TopicPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 18: the one service that writes the corpus and the index. Imports and uploads put files
 * into the corpus (through {@link CorpusStore#write}: synced, atomic) after checking them; {@link #index}
 * brings the index up to date with the corpus — only new and changed sources are extracted, their
 * documents replaced by id, removed sources' documents deleted (see {@link IndexBuilder}). An
 * extraction made while importing is kept ({@link ExtractionCache}), so the index does not repeat it.
 * Extraction runs on {@code threads} cores. Thread-safe: uploads are stored one at a time, and the
 * index's build lock lets one update run per index folder.
 */
public final class Ingest implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Ingest.class);
    /** Folder below the corpus root for uploads; documents from it are marked "hochgeladen" on their page. */
    public static final String UPLOAD_FOLDER = "upload";

    private final CorpusStore corpus;
    private final IndexLocation index;
    private final Extractor extractor;
    private final boolean ownsExtractor;
    private final ExtractionCache cache;
    private final Clock clock;
    private final int threads;
    private final ExecutorService pool;
    /** Adds uploads one at a time; keeps the served source record between uploads. */
    private final IndexBuilder uploads;
    /** Set by a server that takes uploads: after every index run the new record is read ahead of the next upload. */
    private volatile boolean uploadsReady;

    /** With its own extractor (closed with this service) and all cores. */
    public Ingest(CorpusStore corpus, IndexLocation index, Clock clock) {
        this(corpus, index, new Extractor(clock), true, clock, Runtime.getRuntime().availableProcessors());
    }

    /** With a caller's extractor (not closed here) and {@code threads} extracting in parallel. */
    public Ingest(CorpusStore corpus, IndexLocation index, Extractor extractor, Clock clock, int threads) {
        this(corpus, index, extractor, false, clock, threads);
    }

    private Ingest(CorpusStore corpus, IndexLocation index, Extractor extractor, boolean ownsExtractor, Clock clock,
                   int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.corpus = corpus;
        this.index = index;
        this.extractor = extractor;
        this.ownsExtractor = ownsExtractor;
        this.cache = new ExtractionCache(index.root().resolve(ExtractionCache.FOLDER), extractor);
        this.clock = clock;
        this.threads = threads;
        this.uploads = new IndexBuilder(index, cache::read, clock, TopicPolicy.ON_TOPIC_SOURCES, threads);
        AtomicInteger n = new AtomicInteger();
        // Twice the cores: an import check spends part of its time waiting for its file to reach the disk.
        this.pool = Executors.newFixedThreadPool(2 * threads, r -> {
            Thread t = new Thread(r, "tenor-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public CorpusStore corpus() {
        return corpus;
    }

    public ExtractionLimits limits() {
        return extractor.limits();
    }

    /** Sources extracted at once. */
    public int threads() {
        return threads;
    }

    // ---- index ----

    /** What one {@link #index} run saw and did. */
    public record Indexed(int sources, IndexSummary summary) {
    }

    /**
     * Brings the index up to date with the corpus (loose files and the newest capture of each crawled
     * URL); everything anew with {@code rebuild}, which also extracts again instead of reusing kept
     * extractions (the extractor may have changed without a new {@link Extractor#VERSION}).
     *
     * @return empty when the corpus has no sources at all
     * @throws BuildLock.IndexLockedException when another build runs on the same index
     */
    public Optional<Indexed> index(boolean rebuild, TopicPolicy policy, IndexProgress progress) throws IOException {
        Optional<Indexed> run = pass(rebuild, policy, progress);
        if (uploadsReady) {
            prepareUploads();
        }
        return run;
    }

    /** {@link #index} without reading the record ahead: an upload that needs a whole pass answers without waiting for that. */
    private Optional<Indexed> pass(boolean rebuild, TopicPolicy policy, IndexProgress progress) throws IOException {
        List<Capture> captures = corpus.captures();
        if (captures.isEmpty()) {
            return Optional.empty();
        }
        IndexBuilder builder = new IndexBuilder(index, rebuild ? cache::refresh : cache::read, clock, policy, threads);
        return Optional.of(new Indexed(captures.size(), builder.buildIfNeeded(captures, rebuild, progress)));
    }

    /**
     * For a server that takes uploads: reads the served source record now and again after every
     * index run, so no upload waits for it.
     */
    public void keepUploadsReady() {
        uploadsReady = true;
        prepareUploads();
    }

    private synchronized void prepareUploads() {
        try {
            uploads.prepareAddSource();
        } catch (BuildLock.IndexLockedException e) {
            log.debug("Source record not read ahead, a build runs: {}", e.getMessage());
        } catch (IOException e) {
            log.warn("Could not read the source record ahead of uploads: {}", e.getMessage());
        }
    }

    // ---- import ----

    /**
     * One source to import.
     *
     * @param label        where it came from, for messages (a path, or a dump's path and line)
     * @param relativePath where it goes below the corpus root
     */
    public record Incoming(String label, byte[] bytes, String relativePath) {
    }

    /** What became of one {@link Incoming}: stored (with notes), or refused with a reason. */
    public record Imported(Incoming source, String failure, boolean truncated, List<String> notes) {

        public boolean stored() {
            return failure == null;
        }
    }

    /**
     * Checks each source by extracting it (in parallel) and stores those the extractor reads, in
     * the batch's order; a stored source replaces an older file at the same path. The extraction is
     * kept for the next index run. Each checked source is written and forced to disk on the thread
     * that checked it, and the batch is moved into the corpus at the end: a crash leaves whole files
     * or none, and the forced writes of many threads share the file system's commits.
     */
    public List<Imported> importSources(List<Incoming> batch) throws IOException {
        List<Future<Checked>> checks = new ArrayList<>(batch.size());
        for (Incoming in : batch) {
            checks.add(pool.submit(() -> check(in)));
        }
        List<Imported> results = new ArrayList<>(batch.size());
        List<CorpusStore.Staged> staged = new ArrayList<>(batch.size());
        boolean published = false;
        try {
            for (Future<Checked> f : checks) {
                Checked checked = await(f);
                checked.staged().ifPresent(staged::add);
                results.add(checked.result());
            }
            corpus.publish(staged);
            published = true;
        } finally {
            if (!published) {
                discardAll(checks);
            }
        }
        return results;
    }

    /** After a failed batch: waits for every check and removes whatever it staged, so no temporary file stays. */
    private void discardAll(List<Future<Checked>> checks) throws IOException {
        for (Future<Checked> f : checks) {
            try {
                Optional<CorpusStore.Staged> staged = f.get().staged();
                if (staged.isPresent()) {
                    corpus.discard(List.of(staged.get()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // this check failed: it staged nothing
            }
        }
    }

    /** A source's check and, when it passed, its file written next to its place in the corpus. */
    private record Checked(Imported result, Optional<CorpusStore.Staged> staged) {
    }

    private Checked check(Incoming in) throws IOException {
        Path target;
        try {
            target = corpus.pathOf(in.relativePath());
        } catch (IllegalArgumentException e) {
            return new Checked(new Imported(in, "would leave the corpus folder " + corpus.root(), false, List.of()),
                    Optional.empty());
        }
        try {
            Extraction result = cache.extractAndKeep(in.bytes(), target.getFileName().toString(),
                    CorpusUri.of(in.relativePath()), clock.instant());
            return new Checked(new Imported(in, null, result.truncated(), result.notes()),
                    Optional.of(corpus.stage(in.relativePath(), in.bytes())));
        } catch (ExtractionException e) {
            return new Checked(new Imported(in, e.reason(), false, List.of()), Optional.empty());
        }
    }

    // ---- upload ----

    /** Finds an indexed ruling of the same decision as an upload (issue 16); the web layer asks its searcher. */
    @FunctionalInterface
    public interface DecisionLookup {
        Optional<Document> sameDecision(Document upload) throws IOException;
    }

    /** What became of an upload. */
    public sealed interface Upload {
        /** The very same file is in the corpus already. */
        record AlreadyStored(String id) implements Upload {
        }

        /** The extractor cannot read it. */
        record Unreadable(String reason) implements Upload {
        }

        /** Another copy of an indexed decision: it adds nothing. */
        record KnownDecision(String id, String title) implements Upload {
        }

        /** Names, birth dates, addresses …: refused until redacted. */
        record PersonalData(List<RedactionCheck.Finding> findings) implements Upload {
        }

        /** Another index build holds the lock; nothing was stored. */
        record Busy(String message) implements Upload {
        }

        /** Stored, and the index generation that holds it is published (searchable now). */
        record Stored(String id, String title, String generation) implements Upload {
        }
    }

    /** Where an upload with these bytes is stored, relative to the corpus root: {@code upload/<sha256 prefix>.<ext>}. */
    public static String uploadPath(byte[] bytes, String extension) {
        return UPLOAD_FOLDER + "/" + Sha256.hexPrefix(bytes, 12) + "." + extension;
    }

    public static boolean isUpload(Document d) {
        return d.sourcePath() != null && d.sourcePath().startsWith(UPLOAD_FOLDER + "/");
    }

    /**
     * Checks an upload (readable, not another copy of a known decision, no personal data), stores
     * it and updates the index; answers once the document is committed and published. If the index
     * update fails, the file is removed again, so the corpus and the served index never disagree.
     *
     * @param extension the file type the caller recognised from the content ({@code pdf}, {@code html} …)
     */
    public synchronized Upload upload(byte[] bytes, String extension, DecisionLookup known) throws IOException {
        String path = uploadPath(bytes, extension);
        String uri = CorpusUri.of(path);
        String id = CorpusFile.idFor(uri);
        Path target = corpus.pathOf(path);
        if (Files.exists(target)) {
            return new Upload.AlreadyStored(id);
        }
        Document doc;
        try {
            doc = cache.extractAndKeep(bytes, target.getFileName().toString(), uri, clock.instant()).document();
        } catch (ExtractionException e) {
            return new Upload.Unreadable(e.getMessage());
        }
        Optional<Document> same = known.sameDecision(doc);
        if (same.isPresent()) {
            return new Upload.KnownDecision(same.get().id(), same.get().title());
        }
        List<RedactionCheck.Finding> findings = RedactionCheck.checkDocument(doc.title(), doc.text());
        if (!findings.isEmpty()) {
            return new Upload.PersonalData(findings);
        }
        if (!corpus.write(path, bytes, false)) {
            return new Upload.AlreadyStored(id);
        }
        try {
            // Issue 18: the upload alone goes into the index, without listing the corpus; only when
            // its decision is indexed already (issue 16's merge) does a pass over the corpus run.
            Optional<IndexSummary> added = uploads.addSource(corpus.file(path), doc);
            IndexSummary summary = added.isPresent() ? added.get()
                    : pass(false, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE).orElseThrow().summary();
            if (summary.failures().stream().anyMatch(f -> f.path().equals(path))) {
                throw new IOException("the index could not read the stored file " + path);
            }
            log.info("Uploaded {} ({} bytes) is in index generation {}", path, bytes.length, summary.generation());
            return new Upload.Stored(id, doc.title(), summary.generation());
        } catch (BuildLock.IndexLockedException e) {
            Files.deleteIfExists(target);
            return new Upload.Busy(e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (ownsExtractor) {
            extractor.close();
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while importing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("importing a source failed", e.getCause());
        }
    }
}
