package de.tenor.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
        return "corpus:" + relativePath;
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

    /** Path, size and modification time: cheap to read and changes whenever the file is replaced. */
    @Override
    public String versionKey() {
        return relativePath + "\t" + sizeBytes + "\t" + lastModified.toEpochMilli();
    }

    @Override
    public byte[] readBytes() throws IOException {
        return Files.readAllBytes(path);
    }

    public static String idFor(String sourceUri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sourceUri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
