package de.tenor.web;

import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an uploaded file into the corpus folder {@value #FOLDER}/ and updates the index with it
 * (issue 18: only what changed is read), so the document is searchable as soon as {@link #store} returns. The file is
 * written by {@link CorpusStore#write} (temporary dot-name, forced to disk, atomic rename); the index
 * is published as a new generation with an atomic pointer swap. So neither a half-written file
 * nor a half-built index is ever read. A file's name is the hash of its bytes: the same upload
 * twice is one document. Thread-safe; one upload is stored at a time.
 */
public final class DocumentImport {

    private static final Logger log = LoggerFactory.getLogger(DocumentImport.class);
    /** Folder below the corpus root; documents from it are marked "hochgeladen" on their page. */
    public static final String FOLDER = "upload";

    private final CorpusStore corpus;
    private final IndexBuilder builder;
    private final Extractor extractor;
    private final Clock clock;

    public DocumentImport(CorpusStore corpus, IndexBuilder builder, Extractor extractor, Clock clock) {
        this.corpus = corpus;
        this.builder = builder;
        this.extractor = extractor;
        this.clock = clock;
    }

    /** Where a file with these bytes is stored, relative to the corpus root: {@code upload/<sha256 prefix>.<ext>}. */
    public static String relativePath(byte[] bytes, String extension) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return FOLDER + "/" + HexFormat.of().formatHex(hash, 0, 12) + "." + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The document id the index gives the file at {@code relativePath}. */
    public static String idFor(String relativePath) {
        return CorpusFile.idFor("corpus:" + relativePath);
    }

    public static boolean isUpload(Document d) {
        return d.sourcePath() != null && d.sourcePath().startsWith(FOLDER + "/");
    }

    public boolean exists(String relativePath) {
        return Files.exists(corpus.root().resolve(relativePath));
    }

    /** What the index will make of the file, without storing anything. */
    public Document read(byte[] bytes, String relativePath) throws ExtractionException {
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return extractor.extract(bytes, fileName, "corpus:" + relativePath, clock.instant());
    }

    /**
     * Writes the file and publishes an updated index that contains it. If the build fails, the file
     * is removed again, so the corpus and the served index never disagree.
     *
     * @return the build that published the document; empty when the same file was stored meanwhile
     * @throws IllegalStateException (an {@code IndexLockedException}) when another build runs; nothing is stored
     */
    public synchronized Optional<IndexSummary> store(byte[] bytes, String relativePath) throws IOException {
        if (!relativePath.startsWith(FOLDER + "/") || !corpus.root().resolve(relativePath).normalize()
                .startsWith(corpus.root().resolve(FOLDER))) {
            throw new IllegalArgumentException("upload path must stay below " + FOLDER + "/, got " + relativePath);
        }
        if (!corpus.write(relativePath, bytes, false)) {
            return Optional.empty();
        }
        Path target = corpus.root().resolve(relativePath).normalize();
        try {
            // Issue 18: an update reads only the new file (and whatever else changed meanwhile).
            IndexSummary summary = builder.buildIfNeeded(corpus.captures(), false, IndexProgress.NONE);
            if (summary.failures().stream().anyMatch(f -> f.path().equals(relativePath))) {
                throw new IOException("the index could not read the stored file " + relativePath);
            }
            log.info("Uploaded {} ({} bytes) is in index generation {}", relativePath, bytes.length, summary.generation());
            return Optional.of(summary);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }
}
