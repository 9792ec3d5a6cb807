package de.tenor.index;

import de.tenor.corpus.HeldFileLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Exclusive right to build into one index folder, held as an OS file lock on {@code build.lock}.
 * The OS drops the lock when the process dies (even by {@code kill -9}), so a crashed build never
 * blocks the next one; the file only carries the holder's PID for the error message.
 */
public final class BuildLock implements AutoCloseable {

    private final HeldFileLock lock;

    private BuildLock(HeldFileLock lock) {
        this.lock = lock;
    }

    static BuildLock acquire(Path indexRoot) throws IOException {
        Files.createDirectories(indexRoot);
        Path file = indexRoot.resolve("build.lock");
        Optional<HeldFileLock> held = HeldFileLock.tryLock(file);
        if (held.isEmpty()) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            throw new IndexLockedException("The index at " + indexRoot + " is locked by another build ("
                    + (holder.isEmpty() ? "unknown process" : holder) + "). Wait for it to finish, or stop that process.");
        }
        FileChannel channel = held.get().channel();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("PID " + ProcessHandle.current().pid() + ", since " + Instant.now())
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new BuildLock(held.get());
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** Another process (or thread) is building into the same index folder. */
    public static final class IndexLockedException extends IllegalStateException {
        IndexLockedException(String message) {
            super(message);
        }
    }
}
