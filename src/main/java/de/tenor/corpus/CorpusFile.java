package de.tenor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One raw source file in the corpus.
 *
 * @param path absolute path on disk
 * @param relativePath path below the corpus root with forward slashes, e.g. {@code demo/ovg-18-b-1063-23.html};
 *                     it is the file's identity, so moving the corpus folder keeps ids stable
 */
public record CorpusFile(Path path, String relativePath, long sizeBytes, Instant lastModified) implements Capture {

    public CorpusFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        if (relativePath.contains("\\")) {
            throw new IllegalArgumentException("relativePath must use '/', got " + relativePath);
        }
    }

    /** The canonical source URI of a local file; crawled captures use their http(s) URL instead. */
    @Override
    public String sourceUri() {
        return CorpusUri.of(relativePath);
    }

    /** Stable document id: the first 16 hex digits of SHA-256 over the source URI. */
    public String id() {
        return idFor(sourceUri());
    }

    @Override
    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    /** A file's content time is its modification time. */
    @Override
    public Instant fetchedAt() {
        return lastModified;
    }

    @Override
    public String label() {
        return relativePath;
    }

    /**
     * Issue 18: path and SHA-256 of the content. Size and modification time are not enough: a file
     * rewritten within the same millisecond with as many bytes would look unchanged. Hashing reads
     * the file (about 2 s for 20,000 rulings); an unreadable file gets a key that matches nothing,
     * so the extractor tries it and reports why.
     */
    @Override
    public String versionKey() {
        try {
            return relativePath + "\t" + Sha256.hex(readBytes());
        } catch (IOException e) {
            return relativePath + "\tunreadable " + System.nanoTime();
        }
    }

    @Override
    public String quickKey() {
        try {
            Object changed = Files.getAttribute(path, "unix:ctime");
            return relativePath + "\t" + sizeBytes + "\t" + lastModified + "\t" + changed;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // no status-change time on this file system: the content hash decides
        }
    }

    @Override
    public byte[] readBytes() throws IOException {
        return Files.readAllBytes(path);
    }

    public static String idFor(String sourceUri) {
        return Sha256.hexPrefix(sourceUri, 8);
    }
}
