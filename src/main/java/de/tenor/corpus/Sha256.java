package de.tenor.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The project's one content hash (issue 19): document ids, upload file names, change detection of
 * sources, duplicate keys and feed ids all use SHA-256 through here. Pure; thread-safe.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** All 64 hex digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The first {@code bytes} bytes of the hash of {@code text} as hex (twice as many digits). */
    public static String hexPrefix(String text, int bytes) {
        return HexFormat.of().formatHex(of(text), 0, bytes);
    }

    /** The first {@code bytes} bytes of the hash of {@code content} as hex (twice as many digits). */
    public static String hexPrefix(byte[] content, int bytes) {
        return HexFormat.of().formatHex(of(content), 0, bytes);
    }
}
