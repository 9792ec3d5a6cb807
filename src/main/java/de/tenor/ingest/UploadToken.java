package de.tenor.ingest;

import de.tenor.corpus.Sha256;
import java.security.MessageDigest;

/**
 * The secret that lets a client add documents by upload. Compared in constant time: both sides are hashed
 * to the same length before {@link MessageDigest#isEqual}, so neither the content nor the length of the
 * secret leaks through the time an answer takes. Immutable and thread-safe.
 */
public final class UploadToken {

    private final byte[] hash;

    public UploadToken(String secret) {
        this.hash = Sha256.of(secret);
    }

    public boolean admits(String given) {
        return given != null && MessageDigest.isEqual(hash, Sha256.of(given));
    }
}
