package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Issue 21: a forked part of a search runs on the pool, or on the caller when the pool is busy. */
class ForkedTaskTest {

    @Test
    void the_caller_does_the_work_itself_when_no_pool_thread_is_free() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> awaitQuietly(release)); // the only pool thread is busy with another search
            ForkedTask<Thread> forked = ForkedTask.fork(pool, Thread::currentThread);
            assertSame(Thread.currentThread(), forked.join(), "ran on the caller, not after the other search");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void a_free_pool_thread_does_the_work() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Thread poolThread = pool.submit(Thread::currentThread).get();
            CountDownLatch started = new CountDownLatch(1);
            ForkedTask<Thread> forked = ForkedTask.fork(pool, () -> {
                started.countDown();
                return Thread.currentThread();
            });
            started.await();
            assertSame(poolThread, forked.join());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void what_the_work_throws_is_thrown_by_join_as_it_was() throws IOException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            IOException io = new IOException("disk");
            assertSame(io, assertThrows(IOException.class, () -> ForkedTask.fork(pool, () -> {
                throw io;
            }).join()));
            InvalidQueryException timeout = new InvalidQueryException("abgebrochen");
            assertSame(timeout, assertThrows(InvalidQueryException.class, () -> ForkedTask.<String>fork(pool, () -> {
                throw timeout;
            }).join()));
            assertEquals("ok", ForkedTask.fork(pool, () -> "ok").join());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
