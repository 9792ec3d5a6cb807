package de.tenor.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An OS file lock held on one file, for as long as one writer (a crawl, an index build) works on a folder.
 * The OS drops it when the process dies, even by {@code kill -9}, so a crashed writer never blocks the
 * next one. Not thread-safe; closed once by its holder.
 */
public final class HeldFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private HeldFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code file} (created when missing), or empty when another process or thread holds it. */
    public static Optional<HeldFileLock> tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new HeldFileLock(channel, lock));
    }

    /** The locked file's channel, e.g. to write who holds it. */
    public FileChannel channel() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            if (lock.isValid()) {
                lock.release();
            }
        }
    }
}
