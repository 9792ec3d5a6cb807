package de.tenor.index;

import java.time.Duration;
import java.util.List;

/**
 * What one index run did.
 *
 * @param upToDate true when nothing was built because the index already matched the corpus
 * @param failures files that could not be extracted, each with its reason; they are skipped, not fatal
 * @param leftOffTopic documents of the topic sources left out because they are off the topic ({@link TopicPolicy})
 */
public record IndexSummary(String generation, int indexed, List<Failure> failures, Duration took, boolean upToDate,
                           int leftOffTopic) {

    public IndexSummary {
        failures = List.copyOf(failures);
    }

    public IndexSummary(String generation, int indexed, List<Failure> failures, Duration took, boolean upToDate) {
        this(generation, indexed, failures, took, upToDate, 0);
    }

    /** A corpus file that was logged and skipped. */
    public record Failure(String path, String reason) {
    }
}
