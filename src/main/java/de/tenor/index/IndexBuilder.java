package de.tenor.index;

import de.tenor.corpus.Capture;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds index generations from corpus captures (loose files and crawled WARC records) and
 * publishes each atomically. Issue 18: a generation carries a {@link SourceRecord} of what every
 * source became, so an update extracts only new and changed sources, replaces their documents by
 * id, deletes the documents of removed sources and merges again only the decisions those sources
 * belong to; it writes into a hard-linked copy of the served generation and publishes it with the
 * same pointer swap as a full build. A full build happens only on request ({@code --rebuild}),
 * for an index without a record, or when the schema version or the topic policy changed.
 * A capture the extractor cannot read is logged with its path or URL, counted and skipped.
 * Not thread-safe: the build lock lets one build run at a time per index folder.
 */
public final class IndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);
    /** Commit user-data keys: with which schema and topic policy a generation was built. */
    static final String SCHEMA_KEY = "tenorSchema";
    static final String POLICY_KEY = "topicPolicy";
    static final String EXTRACTOR_KEY = "extractorVersion";
    /** Sources extracted at once beyond the cores: keeps every core busy while documents are written in order. */
    private static final int QUEUE_PER_THREAD = 4;
    private static final double RAM_BUFFER_MB = 64;

    /**
     * How a capture becomes a document: the extractor itself, or (issue 21) an ingest that reuses
     * what {@code tenor import} extracted. Must be thread-safe: new sources are read in parallel.
     */
    @FunctionalInterface
    public interface Reader {
        Document read(Capture capture) throws ExtractionException;
    }

    private final IndexLocation location;
    private final Reader reader;
    private final DocumentMapper mapper;
    /** The writers' analyzer: thread-safe. */
    private final org.apache.lucene.analysis.Analyzer analyzer = TenorAnalyzer.create();
    /**
     * The same analysis for the analysis ahead on the reader threads ({@link PreAnalyzed}), with a
     * memo of analysed words per thread: those threads end with their build, and their memos with them.
     */
    private final org.apache.lucene.analysis.Analyzer readerAnalyzer = TenorAnalyzer.createForBuild();
    private final Clock clock;
    private final TopicPolicy policy;
    private final int schemaVersion;
    private final int threads;
    /** What {@link #addSource} last knew of the served generation; null until its first call. */
    private KnownSources known;

    public IndexBuilder(IndexLocation location, Extractor extractor, Clock clock) {
        this(location, extractor, clock, TopicPolicy.ON_TOPIC_SOURCES);
    }

    public IndexBuilder(IndexLocation location, Extractor extractor, Clock clock, TopicPolicy policy) {
        this(location, extractor, clock, policy, IndexFields.SCHEMA_VERSION);
    }

    /** With another schema version than this release's: lets a test see a version bump force a full build. */
    IndexBuilder(IndexLocation location, Extractor extractor, Clock clock, TopicPolicy policy, int schemaVersion) {
        this(location, extractor::extract, clock, policy, schemaVersion, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads sources extracted in parallel (all cores for {@code tenor index}) */
    public IndexBuilder(IndexLocation location, Reader reader, Clock clock, TopicPolicy policy, int threads) {
        this(location, reader, clock, policy, IndexFields.SCHEMA_VERSION, threads);
    }

    private IndexBuilder(IndexLocation location, Reader reader, Clock clock, TopicPolicy policy, int schemaVersion,
                         int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.location = location;
        this.reader = reader;
        this.threads = threads;
        this.mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        this.clock = clock;
        this.policy = policy;
        this.schemaVersion = schemaVersion;
    }

    /** True when the served generation holds exactly these captures (see {@link Capture#versionKey()}). */
    public boolean isUpToDate(List<? extends Capture> files) throws IOException {
        Optional<Map<String, SourceRecord.Entry>> record = servedRecord();
        return record.isPresent() && Changes.of(record.get(), files).none();
    }

    /**
     * Updates the served generation with what changed in the corpus, or builds a new one from
     * scratch when {@code force} is set or the served one cannot be updated (see the class comment).
     */
    public IndexSummary buildIfNeeded(List<? extends Capture> files, boolean force, IndexProgress progress) throws IOException {
        try (BuildLock lock = location.lockForBuild()) {
            Optional<Map<String, SourceRecord.Entry>> record = force ? Optional.empty() : servedRecord();
            return record.isPresent() ? write(record.get(), files, true, progress) : write(Map.of(), files, false, progress);
        }
    }

    /** A full build: every capture extracted into a new generation. */
    public IndexSummary build(List<? extends Capture> files, IndexProgress progress) throws IOException {
        try (BuildLock lock = location.lockForBuild()) {
            return write(Map.of(), files, false, progress);
        }
    }

    /**
     * Issue 18, live uploads: adds one new source whose document the caller extracted already,
     * without listing the corpus. It writes into a hard-linked copy of the served generation and
     * publishes it with the same pointer swap as every build, so a crash leaves the served
     * generation in place and the next {@code tenor index} finds the source as new. The served
     * record is kept in memory between calls (a generation never changes) and the new record is
     * the old file plus one line. Empty when only a full pass can add it correctly: no updatable
     * served generation, the source is recorded already, or the document shares a decision key
     * with an indexed one (then issue 16's merge must run) — the caller runs {@link #buildIfNeeded}.
     *
     * @throws BuildLock.IndexLockedException when another build runs on the same index
     */
    public Optional<IndexSummary> addSource(Capture capture, Document extracted) throws IOException {
        try (BuildLock lock = location.lockForBuild()) {
            Instant start = clock.instant();
            Optional<KnownSources> served = knownSources();
            if (served.isEmpty() || served.get().entries().containsKey(capture.sourceUri())) {
                return Optional.empty();
            }
            Document doc = extracted.toBuilder().fetchedAt(capture.fetchedAt()).build(); // as an index run reads it
            List<String> keys = DecisionKey.of(doc);
            if (keys.stream().anyMatch(served.get().keys()::contains)) {
                return Optional.empty();
            }
            String quick = capture.quickKey();
            boolean kept = policy.keeps(capture, doc);
            SourceRecord.Entry entry = entry(capture, capture.versionKey(), quick, doc, keys, kept);
            Path generation = location.copyOfCurrent();
            int documents;
            try {
                documents = addTo(generation, served.get().generation(), kept ? doc : null, entry);
            } catch (IOException | RuntimeException e) {
                location.discard(generation);
                throw e;
            }
            location.publish(generation);
            known = served.get().plus(generation, entry);
            Duration took = Duration.between(start, clock.instant());
            log.info("Added {} to {} documents in {} in {} ms", capture.label(), documents, generation.getFileName(), took.toMillis());
            return Optional.of(new IndexSummary(generation.getFileName().toString(), documents, List.of(), took, false,
                    kept ? 0 : 1, 1, 0, true));
        }
    }

    /**
     * Reads the served generation's record now, so the next {@link #addSource} does not: at 20,000
     * sources that read was the first upload's 2–3 s.
     *
     * @throws BuildLock.IndexLockedException when another build runs on the same index
     */
    public void prepareAddSource() throws IOException {
        try (BuildLock lock = location.lockForBuild()) {
            knownSources();
        }
    }

    /** Writes one document (null: none, the source is only recorded) and the record into {@code generation}; returns its document count. */
    private int addTo(Path generation, Path served, Document doc, SourceRecord.Entry entry) throws IOException {
        // Only the small segments of earlier uploads are merged here: merging the full build's
        // segments would keep an upload waiting for seconds; the next tenor index merges freely.
        TieredMergePolicy smallOnly = new TieredMergePolicy();
        smallOnly.setMaxMergedSegmentMB(2);
        smallOnly.setFloorSegmentMB(0.1);
        try (Directory dir = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setMergePolicy(smallOnly))) {
            if (doc != null) {
                writer.updateDocument(new Term(IndexFields.ID, doc.id()), mapper.toLucene(doc));
            }
            SourceRecord.append(served, generation, entry);
            writer.setLiveCommitData(commitData().entrySet());
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    private Map<String, String> commitData() {
        return Map.of(SCHEMA_KEY, String.valueOf(schemaVersion), POLICY_KEY, policy.name(),
                EXTRACTOR_KEY, String.valueOf(Extractor.VERSION), "builtAt", clock.instant().toString());
    }

    /** The served generation's record and the decision keys of its indexed sources, read once per generation. */
    private record KnownSources(Path generation, Map<String, SourceRecord.Entry> entries, Set<String> keys) {

        static KnownSources of(Path generation, Map<String, SourceRecord.Entry> entries) {
            Set<String> keys = new HashSet<>();
            entries.values().stream().filter(SourceRecord.Entry::indexed).forEach(e -> keys.addAll(e.keys()));
            return new KnownSources(generation, entries, keys);
        }

        /** This record with one more source, for the generation that adds it (the old generation is never used again). */
        KnownSources plus(Path next, SourceRecord.Entry entry) {
            entries.put(entry.uri(), entry);
            if (entry.indexed()) {
                keys.addAll(entry.keys());
            }
            return new KnownSources(next, entries, keys);
        }
    }

    private Optional<KnownSources> knownSources() throws IOException {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (known != null && known.generation().equals(current.get())) {
            return Optional.of(known);
        }
        known = null;
        Optional<Map<String, SourceRecord.Entry>> record = servedRecord();
        // servedRecord() read the pointer again; a build that published meanwhile is impossible under the lock.
        record.ifPresent(r -> known = KnownSources.of(current.get(), r));
        return Optional.ofNullable(known);
    }

    /** The served generation's record when it can be updated: same schema, same policy, a record present. */
    private Optional<Map<String, SourceRecord.Entry>> servedRecord() throws IOException {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> userData;
        try (Directory dir = FSDirectory.open(current.get())) {
            userData = SegmentInfos.readLatestCommit(dir).getUserData();
        }
        if (!String.valueOf(schemaVersion).equals(userData.get(SCHEMA_KEY))) {
            log.info("Index schema {} differs from this release's {}: building from scratch", userData.get(SCHEMA_KEY), schemaVersion);
            return Optional.empty();
        }
        if (!String.valueOf(Extractor.VERSION).equals(userData.get(EXTRACTOR_KEY))) {
            log.info("Index was built by extractor version {}, this release has {}: building from scratch",
                    userData.get(EXTRACTOR_KEY), Extractor.VERSION);
            return Optional.empty();
        }
        if (!policy.name().equals(userData.get(POLICY_KEY))) {
            log.info("Index was built with topic policy {}, now {}: building from scratch", userData.get(POLICY_KEY), policy);
            return Optional.empty();
        }
        if (!Files.isRegularFile(current.get().resolve(SourceRecord.FILE))) {
            return Optional.empty();
        }
        return Optional.of(SourceRecord.read(current.get()));
    }

    /** Which sources are new or changed, and which left the corpus, against a record. */
    private record Changes(Map<String, Capture> byUri, List<Capture> changed, Set<String> removed) {

        static Changes of(Map<String, SourceRecord.Entry> record, List<? extends Capture> files) {
            Map<String, Capture> byUri = new LinkedHashMap<>();
            for (Capture f : files) {
                byUri.put(f.sourceUri(), f);
            }
            List<Capture> changed = new ArrayList<>();
            for (Capture f : byUri.values()) {
                SourceRecord.Entry e = record.get(f.sourceUri());
                if (e == null || !e.matches(f)) {
                    changed.add(f);
                }
            }
            Set<String> removed = new HashSet<>(record.keySet());
            removed.removeAll(byUri.keySet());
            return new Changes(byUri, changed, removed);
        }

        boolean none() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    private IndexSummary write(Map<String, SourceRecord.Entry> old, List<? extends Capture> files, boolean incremental,
                               IndexProgress progress) throws IOException {
        Instant start = clock.instant();
        Changes changes = Changes.of(old, files);
        if (incremental && changes.none()) {
            String gen = location.current().map(p -> p.getFileName().toString()).orElseThrow();
            return new IndexSummary(gen, 0, List.of(), Duration.ZERO, true);
        }
        Path generation = incremental ? location.copyOfCurrent() : location.newGeneration();
        List<IndexSummary.Failure> failures = new ArrayList<>();
        int[] counts;
        try {
            counts = writeGeneration(generation, incremental, old, changes, failures, progress);
        } catch (IOException | RuntimeException e) {
            // Never leave a half-written generation behind; the served one stays untouched.
            location.discard(generation);
            throw e;
        }
        location.publish(generation);
        Duration took = Duration.between(start, clock.instant());
        log.info("{} {} documents into {} in {} ms: {} sources read, {} removed ({} skipped, {} off topic left out)",
                incremental ? "Updated" : "Built", counts[0], generation.getFileName(), took.toMillis(),
                changes.changed().size(), changes.removed().size(), failures.size(), counts[1]);
        return new IndexSummary(generation.getFileName().toString(), counts[0], failures, took, false, counts[1],
                changes.changed().size(), changes.removed().size(), incremental);
    }

    /** Returns {documents in the generation, left out as off topic}. */
    private int[] writeGeneration(Path generation, boolean incremental, Map<String, SourceRecord.Entry> old, Changes changes,
                                  List<IndexSummary.Failure> failures, IndexProgress progress) throws IOException {
        try (Directory dir = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                     // Fewer, larger flushed segments: less merging while a full build writes.
                     .setRAMBufferSizeMB(RAM_BUFFER_MB)
                     .setOpenMode(incremental ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE))) {
            Set<String> changedUris = new HashSet<>();
            changes.changed().forEach(f -> changedUris.add(f.sourceUri()));
            // Whose documents are derived again: the changed sources, and every member of a decision
            // that a changed or removed source belonged to (its merged document names that source).
            Set<String> touched = new HashSet<>(changedUris);
            for (List<DuplicateGroups.Member> group : groups(old, Map.of()).all()) {
                if (group.stream().anyMatch(m -> changedUris.contains(m.uri()) || changes.removed().contains(m.uri()))) {
                    group.forEach(m -> touched.add(m.uri()));
                }
            }
            for (String uri : changes.removed()) {
                deleteDocumentOf(writer, old.get(uri));
            }
            Map<String, SourceRecord.Entry> fresh = new HashMap<>();
            int done = 0;
            try (ParallelReads reads = new ParallelReads(changes.changed())) {
                for (Capture file : changes.changed()) {
                    deleteDocumentOf(writer, old.get(file.sourceUri()));
                    fresh.put(file.sourceUri(), index(writer, file, reads.next(), incremental, failures));
                    progress.fileDone(++done, changes.changed().size(), file.label());
                }
            }
            Map<String, SourceRecord.Entry> next = new LinkedHashMap<>();
            for (String uri : changes.byUri().keySet()) {
                next.put(uri, fresh.containsKey(uri) ? fresh.get(uri) : old.get(uri));
            }
            for (List<DuplicateGroups.Member> group : groups(next, changes.byUri()).all()) {
                if (group.stream().anyMatch(m -> touched.contains(m.uri()))) {
                    mergeAgain(writer, group, changedUris, failures);
                }
            }
            SourceRecord.write(generation, next.values());
            writer.setLiveCommitData(commitData().entrySet());
            writer.commit();
            int leftOut = (int) next.values().stream().filter(e -> e.state() == SourceRecord.State.OFF_TOPIC).count();
            return new int[] {writer.getDocStats().numDocs, leftOut};
        }
    }

    /** Extracts one new or changed source and writes its document; returns what the record keeps of it. */
    private SourceRecord.Entry index(IndexWriter writer, Capture file, Read read, boolean incremental,
                                     List<IndexSummary.Failure> failures) throws IOException {
        Optional<Document> doc = read.document(failures);
        if (doc.isEmpty()) {
            return new SourceRecord.Entry(file.sourceUri(), read.version(), null, null, 0, null, List.of(),
                    SourceRecord.State.FAILED, read.quick());
        }
        Document d = doc.get();
        boolean kept = policy.keeps(file, d);
        if (kept && incremental) {
            writer.updateDocument(new Term(IndexFields.ID, d.id()), read.lucene());
        } else if (kept) {
            writer.addDocument(read.lucene()); // a new generation holds no older version to replace
        }
        return entry(file, read.version(), read.quick(), d, read.keys(), kept);
    }

    /** What the record keeps of a source that was read: its document's id, source, size, time, decision keys and state. */
    private static SourceRecord.Entry entry(Capture file, String version, String quick, Document d, List<String> keys,
                                            boolean kept) {
        return new SourceRecord.Entry(file.sourceUri(), version, d.id(), DuplicateGroups.source(d), d.text().length(),
                d.fetchedAt() == null ? null : d.fetchedAt().toString(), keys,
                kept ? SourceRecord.State.INDEXED : SourceRecord.State.OFF_TOPIC, quick);
    }

    private static void deleteDocumentOf(IndexWriter writer, SourceRecord.Entry entry) throws IOException {
        if (entry != null && entry.docId() != null) {
            writer.deleteDocuments(new Term(IndexFields.ID, entry.docId()));
        }
    }

    /** The decisions of the indexed sources in {@code entries}, in their order; captures looked up by URI. */
    private static DuplicateGroups groups(Map<String, SourceRecord.Entry> entries, Map<String, Capture> captures) {
        DuplicateGroups groups = new DuplicateGroups();
        for (SourceRecord.Entry e : entries.values()) {
            if (e.indexed()) {
                groups.add(new DuplicateGroups.Member(e.uri(), e.docId(), e.source(), e.textLength(), e.fetchedAtTime(),
                        captures.get(e.uri())), e.keys());
            }
        }
        return groups;
    }

    /**
     * Issue 16: replaces a decision's documents by its richest member, carrying every member's
     * source and the earliest time one of them entered the corpus (the feed's order). The winner is
     * read again rather than kept from the first pass, so the pass holds no texts. A decision left
     * with one source gets that source's own document back.
     */
    private void mergeAgain(IndexWriter writer, List<DuplicateGroups.Member> group, Set<String> changedUris,
                            List<IndexSummary.Failure> failures) throws IOException {
        if (group.size() == 1 || !DuplicateGroups.distinctIds(group)) {
            DuplicateGroups.Member alone = group.getFirst();
            if (!changedUris.contains(alone.uri())) { // a changed source's own document is already written
                Optional<Document> doc = extract(alone.capture(), failures);
                if (doc.isPresent()) {
                    writer.updateDocument(new Term(IndexFields.ID, alone.id()), mapper.toLucene(doc.get()));
                }
            }
            return;
        }
        DuplicateGroups.Member winner = DuplicateGroups.richest(group);
        Optional<Document> doc = extract(winner.capture(), failures);
        if (doc.isEmpty()) {
            return;
        }
        Document.Builder merged = doc.get().toBuilder();
        merged.sources(DuplicateGroups.sources(group, winner));
        merged.fetchedAt(group.stream().map(DuplicateGroups.Member::fetchedAt).filter(t -> t != null)
                .min(Instant::compareTo).orElse(doc.get().fetchedAt()));
        for (DuplicateGroups.Member m : group) {
            writer.deleteDocuments(new Term(IndexFields.ID, m.id()));
        }
        Document mergedDoc = merged.build();
        writer.addDocument(mapper.toLucene(mergedDoc));
        log.info("One decision from {} sources: {} (kept {})", group.size(), mergedDoc.sources(), winner.id());
    }

    /** One unreadable capture is a recorded failure, not a failed build; index write errors still propagate. */
    private Optional<Document> extract(Capture file, List<IndexSummary.Failure> failures) {
        return read(file).document(failures);
    }

    /** The extractor reads the capture itself, so an oversized file is refused by its size before its bytes are loaded. */
    private Read read(Capture file) {
        // Fingerprints before the content is read: a change while reading shows up in the next run.
        String quick = file.quickKey();
        String version = file.versionKey();
        try {
            return new Read(file, reader.read(file), null, quick, version, null, List.of());
        } catch (ExtractionException e) {
            return new Read(file, null, e, quick, version, null, List.of());
        }
    }

    /** {@link #read} and then the work on its document that needs no writer: mapping, analysis, decision keys. */
    private Read readAndPrepare(Capture file) throws IOException {
        Read read = read(file);
        if (read.document() == null) {
            return read;
        }
        Document d = read.document();
        return new Read(file, d, null, read.quick(), read.version(), PreAnalyzed.of(mapper.toLucene(d), readerAnalyzer),
                DecisionKey.of(d));
    }

    /**
     * What reading one capture gave: its document or why there is none, the capture's fingerprints,
     * and, when read ahead, the document ready for the writer and its decision keys.
     */
    private record Read(Capture file, Document document, ExtractionException failure, String quick, String version,
                        org.apache.lucene.document.Document lucene, List<String> keys) {

        Optional<Document> document(List<IndexSummary.Failure> failures) {
            if (failure != null) {
                log.warn("Skipped {}: {}", file.label(), failure.getMessage());
                failures.add(new IndexSummary.Failure(file.label(), failure.getMessage()));
            }
            return Optional.ofNullable(document);
        }
    }

    /**
     * Issue 21: reads the captures on all cores, a bounded number ahead of the writer, and hands
     * them out in the captures' order, so documents and the record come out the same as read one
     * by one. A reader's runtime failure ends the build like a sequential read would.
     */
    private final class ParallelReads implements AutoCloseable {

        private final Iterator<Capture> pending;
        private final ArrayDeque<Future<Read>> ahead = new ArrayDeque<>();
        private final ExecutorService pool;

        ParallelReads(List<Capture> captures) {
            this.pending = captures.iterator();
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "tenor-index-read-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            fill();
        }

        /** The next capture's read, in order. */
        Read next() throws IOException {
            Future<Read> head = ahead.removeFirst();
            fill();
            try {
                return head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading sources");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("reading a source failed", e.getCause());
            }
        }

        private void fill() {
            while (ahead.size() < threads * QUEUE_PER_THREAD && pending.hasNext()) {
                Capture c = pending.next();
                ahead.addLast(pool.submit(() -> readAndPrepare(c)));
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
