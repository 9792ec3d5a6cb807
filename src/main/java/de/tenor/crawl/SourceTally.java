package de.tenor.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The counters of one source while it runs; {@link #summary()} freezes them. Not thread-safe. */
final class SourceTally {

    /** Problems kept word for word in the summary; the rest are only counted. */
    private static final int MAX_PROBLEMS = 20;

    private final Source source;
    long queries;
    long listed;
    long fetched;
    long known;
    long offTopic;
    long robotsBlocked;
    long errors;
    Optional<String> throttled = Optional.empty();
    Optional<String> failure = Optional.empty();
    private final List<String> problems = new ArrayList<>();

    SourceTally(Source source) {
        this.source = source;
    }

    void error(String what) {
        errors++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(what);
        }
    }

    SourceSummary summary() {
        return new SourceSummary(source.label(), source.type(), queries, listed, fetched, known, offTopic, robotsBlocked,
                errors, throttled, failure, problems);
    }
}
