package de.tenor.index;

import java.time.Duration;
import java.util.List;

/**
 * What one index run did.
 *
 * @param upToDate true when nothing was built because the index already matched the corpus
 * @param failures files that could not be extracted, each with its reason; they are skipped, not fatal
 */
public record IndexSummary(String generation, int indexed, List<Failure> failures, Duration took, boolean upToDate) {

    public IndexSummary {
        failures = List.copyOf(failures);
    }

    /** A corpus file that was logged and skipped. */
    public record Failure(String path, String reason) {
    }
}
