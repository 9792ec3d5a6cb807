package de.tenor.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The per-query time limit (issue 8). The served reader is wrapped in an
 * {@code ExitableDirectoryReader} that asks {@link #shouldExit()} while it walks terms, points and
 * doc values (every 1,000 documents); the deadline is per thread because one reader serves all
 * requests. Not {@code IndexSearcher.setTimeout}: its time-limited bulk scorer scores in windows,
 * which {@code DrillSideways} refuses ("maxDoc must be Integer.MAX_VALUE").
 */
final class QueryDeadline implements QueryTimeout {

    /** Nanotime after which the current thread's search stops; absent when no search is timed. */
    private final ThreadLocal<long[]> deadline = new ThreadLocal<>();

    /** Starts the clock for the calling thread; {@link #stop()} must follow in a finally block. */
    void start(Duration limit) {
        deadline.set(new long[] {System.nanoTime() + limit.toNanos()});
    }

    void stop() {
        deadline.remove();
    }

    @Override
    public boolean shouldExit() {
        long[] at = deadline.get();
        return at != null && System.nanoTime() - at[0] > 0;
    }
}
