package de.tenor.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.QueryTimeout;

/**
 * The per-query time limit (issue 8). The served reader is wrapped in an
 * {@code ExitableDirectoryReader} that asks {@link #shouldExit()} while it walks terms, points and
 * doc values (every 1,000 documents); the deadline is per thread because one reader serves all
 * requests. Not {@code IndexSearcher.setTimeout}: its time-limited bulk scorer scores in windows,
 * which {@code DrillSideways} refuses ("maxDoc must be Integer.MAX_VALUE").
 *
 * <p>The clock is each searching thread's CPU time where the JVM offers it: the limit is about how
 * much work a query is, so a search is not refused only because the machine is busy with other
 * work (a starved test run hit exactly that with wall-clock time).
 */
final class QueryDeadline implements QueryTimeout {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    /** Clock value after which the current thread's search stops; absent when no search is timed. */
    private final ThreadLocal<long[]> deadline = new ThreadLocal<>();

    /** Starts the clock for the calling thread; {@link #stop()} must follow in a finally block. */
    void start(Duration limit) {
        deadline.set(new long[] {now() + limit.toNanos()});
    }

    void stop() {
        deadline.remove();
    }

    /**
     * {@code pool} with the submitting search's remaining time carried into each task, so the
     * segment slices and drill-sideways queries a search runs on other threads stop when it has run
     * out. The clock is per thread, so what travels is the budget left, not the deadline. An
     * {@link ExecutorService} because drill sideways asks for one; shutting it down shuts down {@code pool}.
     */
    ExecutorService carryingDeadline(ExecutorService pool) {
        return new AbstractExecutorService() {
            @Override
            public void execute(Runnable task) {
                long[] at = deadline.get();
                if (at == null) {
                    pool.execute(task);
                    return;
                }
                long remaining = at[0] - now();
                pool.execute(() -> {
                    deadline.set(new long[] {now() + remaining});
                    try {
                        task.run();
                    } finally {
                        deadline.remove();
                    }
                });
            }

            @Override
            public void shutdown() {
                pool.shutdown();
            }

            @Override
            public List<Runnable> shutdownNow() {
                return pool.shutdownNow();
            }

            @Override
            public boolean isShutdown() {
                return pool.isShutdown();
            }

            @Override
            public boolean isTerminated() {
                return pool.isTerminated();
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
                return pool.awaitTermination(timeout, unit);
            }
        };
    }

    @Override
    public boolean shouldExit() {
        long[] at = deadline.get();
        return at != null && now() - at[0] > 0;
    }

    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
