package de.tenor.index;

import de.tenor.corpus.Capture;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a complete index generation from corpus captures (loose files and crawled WARC records)
 * and publishes it atomically. A capture the extractor cannot read is logged with its path or URL,
 * counted and skipped.
 * Not thread-safe: run one build at a time per index folder.
 */
public final class IndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);
    /** Commit user-data key: which corpus state a generation was built from. */
    static final String CORPUS_FINGERPRINT = "corpusFingerprint";

    private final IndexLocation location;
    private final Extractor extractor;
    private final DocumentMapper mapper;
    private final Clock clock;
    private final TopicPolicy policy;

    public IndexBuilder(IndexLocation location, Extractor extractor, Clock clock) {
        this(location, extractor, clock, TopicPolicy.ON_TOPIC_SOURCES);
    }

    public IndexBuilder(IndexLocation location, Extractor extractor, Clock clock, TopicPolicy policy) {
        this.location = location;
        this.extractor = extractor;
        this.mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        this.clock = clock;
        this.policy = policy;
    }

    /** True when the served generation was built from exactly these captures (see {@link Capture#versionKey()}). */
    public boolean isUpToDate(List<? extends Capture> files) throws IOException {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return false;
        }
        try (Directory dir = FSDirectory.open(current.get());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, String> userData = reader.getIndexCommit().getUserData();
            return fingerprint(files, policy).equals(userData.get(CORPUS_FINGERPRINT));
        }
    }

    /** Builds when the corpus changed since the served generation (or {@code force}). */
    public IndexSummary buildIfNeeded(List<? extends Capture> files, boolean force, IndexProgress progress) throws IOException {
        if (!force && isUpToDate(files)) {
            String gen = location.current().map(p -> p.getFileName().toString()).orElseThrow();
            return new IndexSummary(gen, 0, List.of(), Duration.ZERO, true);
        }
        return build(files, progress);
    }

    public IndexSummary build(List<? extends Capture> files, IndexProgress progress) throws IOException {
        try (BuildLock lock = location.lockForBuild()) {
            return buildLocked(files, progress);
        }
    }

    private IndexSummary buildLocked(List<? extends Capture> files, IndexProgress progress) throws IOException {
        Instant start = clock.instant();
        Path generation = location.newGeneration();
        List<IndexSummary.Failure> failures = new ArrayList<>();
        int[] counts;
        try {
            counts = writeGeneration(generation, files, failures, progress);
        } catch (IOException | RuntimeException e) {
            // Never leave a half-written generation behind; the served one stays untouched.
            location.discard(generation);
            throw e;
        }
        location.publish(generation);
        Duration took = Duration.between(start, clock.instant());
        log.info("Indexed {} of {} files into {} in {} ms ({} skipped, {} off topic left out)", counts[0], files.size(),
                generation.getFileName(), took.toMillis(), failures.size(), counts[1]);
        return new IndexSummary(generation.getFileName().toString(), counts[0], failures, took, false, counts[1]);
    }

    /** Returns {indexed, left out as off topic}. */
    private int[] writeGeneration(Path generation, List<? extends Capture> files, List<IndexSummary.Failure> failures,
                                IndexProgress progress) throws IOException {
        int indexed = 0;
        int leftOut = 0;
        try (Directory dir = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(TenorAnalyzer.create())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            int done = 0;
            DuplicateGroups decisions = new DuplicateGroups();
            for (Capture file : files) {
                Optional<Document> doc = extract(file, failures);
                if (doc.isPresent() && !policy.keeps(file, doc.get())) {
                    leftOut++;
                } else if (doc.isPresent()) {
                    writer.addDocument(mapper.toLucene(doc.get()));
                    decisions.add(doc.get(), file);
                    indexed++;
                }
                progress.fileDone(++done, files.size(), file.label());
            }
            indexed -= mergeDuplicates(writer, decisions, failures);
            writer.setLiveCommitData(Map.of(CORPUS_FINGERPRINT, fingerprint(files, policy),
                    "builtAt", clock.instant().toString()).entrySet());
            writer.commit();
        }
        return new int[] {indexed, leftOut};
    }

    /**
     * Issue 16: replaces each group of documents of one decision by its richest member, carrying
     * every member's source and the earliest time one of them entered the corpus (the feed's order).
     * The winner is read again rather than kept from the first pass, so the pass holds no texts.
     *
     * @return how many documents fewer the index holds
     */
    private int mergeDuplicates(IndexWriter writer, DuplicateGroups decisions, List<IndexSummary.Failure> failures)
            throws IOException {
        int removed = 0;
        for (List<DuplicateGroups.Member> group : decisions.duplicates()) {
            DuplicateGroups.Member winner = DuplicateGroups.richest(group);
            Optional<Document> doc = extract(winner.capture(), failures);
            if (doc.isEmpty()) {
                continue;
            }
            Document.Builder merged = doc.get().toBuilder();
            merged.sources = DuplicateGroups.sources(group, winner);
            merged.fetchedAt = group.stream().map(DuplicateGroups.Member::fetchedAt).filter(t -> t != null)
                    .min(Instant::compareTo).orElse(doc.get().fetchedAt());
            for (DuplicateGroups.Member m : group) {
                writer.deleteDocuments(new Term(IndexFields.ID, m.id()));
            }
            writer.addDocument(mapper.toLucene(merged.build()));
            log.info("One decision from {} sources: {} (kept {})", group.size(), merged.sources, winner.id());
            removed += group.size() - 1;
        }
        return removed;
    }

    /** One unreadable capture is a recorded failure, not a failed build; index write errors still propagate. */
    private Optional<Document> extract(Capture file, List<IndexSummary.Failure> failures) {
        // The extractor reads the capture itself, so an oversized file is refused by its size
        // before its bytes are loaded.
        try {
            return Optional.of(extractor.extract(file));
        } catch (ExtractionException e) {
            log.warn("Skipped {}: {}", file.label(), e.getMessage());
            failures.add(new IndexSummary.Failure(file.label(), e.getMessage()));
        }
        return Optional.empty();
    }

    static String fingerprint(List<? extends Capture> files, TopicPolicy policy) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The schema is part of the fingerprint: a release that changes fields or analysis
            // makes "tenor serve" rebuild an old index instead of serving it without the new fields.
            digest.update(("schema " + IndexFields.SCHEMA_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            // "tenor index --all" and the default hold different documents: switching rebuilds.
            if (policy != TopicPolicy.ON_TOPIC_SOURCES) {
                digest.update(("policy " + policy + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Capture f : files) {
                String line = f.versionKey() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
