package de.tenor.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.Capture;
import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.Sha256;
import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.extract.Extraction;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 21: each source is extracted once. {@code tenor import} extracts a file to check it and
 * keeps the result here; {@code tenor index} (and a rebuild after a schema change) takes it from
 * here instead of extracting again. An entry is found by what decides the extraction's result —
 * the content's hash, the file name, the source URI and {@link Extractor#VERSION} — so a changed
 * file or a new extractor never meets an old entry. The time a source entered the corpus is not
 * part of the key; it is set on the document when the entry is read. One JSON file per entry
 * below {@code <index>/extract-cache/}, written to a temporary name and renamed; an unreadable
 * entry is a miss. Thread-safe.
 */
final class ExtractionCache {

    private static final Logger log = LoggerFactory.getLogger(ExtractionCache.class);
    static final String FOLDER = "extract-cache";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Extractor extractor;

    ExtractionCache(Path dir, Extractor extractor) {
        this.dir = dir;
        this.extractor = extractor;
    }

    /** Extracts and keeps the result for the index (an import's check). */
    Extraction extractAndKeep(byte[] bytes, String fileName, String sourceUri, Instant fetchedAt) throws ExtractionException {
        Extraction result = extractor.read(bytes, fileName, sourceUri, fetchedAt);
        keep(key(bytes, fileName, sourceUri), result.document());
        return result;
    }

    /** The capture's document: the kept extraction when there is one, else a new one (kept too). */
    Document read(Capture capture) throws ExtractionException {
        return read(capture, true);
    }

    /** A new extraction, replacing a kept one ({@code tenor index --rebuild}: the extractor may have changed in place). */
    Document refresh(Capture capture) throws ExtractionException {
        return read(capture, false);
    }

    private Document read(Capture capture, boolean reuse) throws ExtractionException {
        if (capture instanceof CorpusFile f && f.sizeBytes() > extractor.limits().maxInputBytes()) {
            return extractor.extract(capture); // refused by its size before its bytes are loaded
        }
        byte[] bytes;
        try {
            bytes = capture.readBytes();
        } catch (IOException e) {
            throw new ExtractionException(capture.label(), "cannot read file (" + e.getMessage() + ")", e);
        }
        String key = key(bytes, capture.fileName(), capture.sourceUri());
        if (reuse) {
            Optional<Document> kept = kept(key);
            if (kept.isPresent()) {
                Document.Builder b = kept.get().toBuilder();
                b.fetchedAt(capture.fetchedAt());
                return b.build();
            }
        }
        Document doc = extractor.extract(bytes, capture.fileName(), capture.sourceUri(), capture.fetchedAt());
        keep(key, doc);
        return doc;
    }

    private static String key(byte[] bytes, String fileName, String sourceUri) {
        return Sha256.hexPrefix(Sha256.hex(bytes) + "\n" + fileName + "\n" + sourceUri + "\n" + Extractor.VERSION, 20);
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    @SuppressWarnings("unchecked")
    private Optional<Document> kept(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DocumentJson.fromMap(JSON.readValue(file.toFile(), Map.class)));
        } catch (IOException | RuntimeException e) {
            log.warn("Ignored an unreadable cached extraction {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** A cache is a convenience: a failed write is logged, never a failed import or index run. */
    private void keep(String key, Document doc) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".entry-", ".tmp");
            try {
                JSON.writeValue(tmp.toFile(), DocumentJson.toMap(doc));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            log.warn("Could not keep the extraction of {} in {}: {}", doc.id(), dir, e.getMessage());
        }
    }
}
