package de.tenor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Part of one search handed to the search pool so that it runs beside the rest (issue 21: one
 * advisor searching alone gets both cores). Whoever needs the result first runs it: when every
 * pool thread is busy with other searches, {@link #join()} does the work on the calling thread
 * instead of waiting for a pool thread to get to it.
 */
final class ForkedTask<T> {

    /** The work of a {@link ForkedTask}; may read the index. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final FutureTask<T> task;

    private ForkedTask(Work<T> work) {
        Callable<T> callable = work::run;
        this.task = new FutureTask<>(callable);
    }

    static <T> ForkedTask<T> fork(Executor pool, Work<T> work) {
        ForkedTask<T> forked = new ForkedTask<>(work);
        pool.execute(forked.task);
        return forked;
    }

    /** The result, computed here if no pool thread has started it; its exception as if it had been thrown here. */
    T join() throws IOException {
        // A no-op when a pool thread has started or finished it.
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for a part of the search", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
