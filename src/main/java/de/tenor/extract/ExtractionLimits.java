package de.tenor.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Safeguards that keep one odd file from stalling or exhausting an import or index run.
 *
 * @param maxInputBytes files larger than this are skipped unread ("file too large"); 64 MiB holds
 *                      any court PDF with scanned pages and is far below the JVM's heap
 * @param maxTextChars  extracted text beyond this is cut off and the cut is noted; 2 million
 *                      characters are about 1,000 printed pages, seven times the longest ruling seen
 * @param timeout       extraction of one file is abandoned after this; Tika on a crafted PDF or
 *                      archive can otherwise run for minutes
 */
public record ExtractionLimits(long maxInputBytes, int maxTextChars, Duration timeout) {

    /** The limits the CLI and the index use. */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(64L * 1024 * 1024, 2_000_000, Duration.ofSeconds(60));

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive, got " + maxInputBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive, got " + maxTextChars);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }
}
