package de.tenor.index;

import java.time.Duration;
import java.util.List;

/**
 * What one index run did.
 *
 * @param indexed documents the published generation holds
 * @param upToDate true when nothing was built because the index already matched the corpus
 * @param failures files that could not be extracted, each with its reason; they are skipped, not fatal
 * @param leftOffTopic documents of the topic sources left out because they are off the topic ({@link TopicPolicy})
 * @param extracted sources read by the extractor in this run (all of them on a full build; issue 18)
 * @param removedSources sources that left the corpus since the previous generation; their documents are gone
 * @param incremental true when the run updated the served generation instead of building a new one from scratch
 */
public record IndexSummary(String generation, int indexed, List<Failure> failures, Duration took, boolean upToDate,
                           int leftOffTopic, int extracted, int removedSources, boolean incremental) {

    public IndexSummary {
        failures = List.copyOf(failures);
    }

    public IndexSummary(String generation, int indexed, List<Failure> failures, Duration took, boolean upToDate) {
        this(generation, indexed, failures, took, upToDate, 0, 0, 0, false);
    }

    /** A corpus file that was logged and skipped. */
    public record Failure(String path, String reason) {
    }
}
