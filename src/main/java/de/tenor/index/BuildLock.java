package de.tenor.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Exclusive right to build into one index folder, held as an OS file lock on {@code build.lock}.
 * The OS drops the lock when the process dies (even by {@code kill -9}), so a crashed build never
 * blocks the next one; the file only carries the holder's PID for the error message.
 */
public final class BuildLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static BuildLock acquire(Path indexRoot) throws IOException {
        Files.createDirectories(indexRoot);
        Path file = indexRoot.resolve("build.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new IndexLockedException("The index at " + indexRoot + " is locked by another build ("
                    + (holder.isEmpty() ? "unknown process" : holder) + "). Wait for it to finish, or stop that process.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("PID " + ProcessHandle.current().pid() + ", since " + Instant.now())
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new BuildLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another process (or thread) is building into the same index folder. */
    public static final class IndexLockedException extends IllegalStateException {
        IndexLockedException(String message) {
            super(message);
        }
    }
}
