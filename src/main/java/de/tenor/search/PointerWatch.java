package de.tenor.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Issue 21: tells whether the index's pointer file may name another generation than when it was
 * last read, from one {@code stat} instead of opening and reading the file on every search. A
 * publish renames a freshly written file over the pointer, so the file's identity (inode) or its
 * modification time changes; an upload's generation is therefore seen by the next request. Once a
 * second the answer is "changed" anyway, as a safety net for file systems without file keys or
 * with coarse timestamps. Thread-safe.
 */
final class PointerWatch {

    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Path file;
    private final long recheckNanos;
    private volatile Stamp read;

    PointerWatch(Path file) {
        this(file, RECHECK_NANOS);
    }

    PointerWatch(Path file, long recheckNanos) {
        this.file = file;
        this.recheckNanos = recheckNanos;
    }

    /** What a {@code stat} of the pointer said, and when. */
    record Stamp(Object key, long modified, long size, long seenAt) {
        boolean sameFile(Stamp other) {
            return Objects.equals(key, other.key) && modified == other.modified && size == other.size;
        }
    }

    /**
     * The pointer's stamp when it changed since the last {@link #read} (or the recheck interval
     * passed), else empty. The caller then reads the pointer and reports the stamp to {@link #read}
     * once the named generation is served: until then every caller sees "changed" and reads too.
     */
    Optional<Stamp> changed() throws IOException {
        long now = System.nanoTime();
        Stamp stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new Stamp(a.fileKey() == null ? "no key" : a.fileKey(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size(), now);
        } catch (NoSuchFileException e) {
            stamp = new Stamp("absent", -1, -1, now);
        }
        Stamp last = read;
        return last != null && last.sameFile(stamp) && now - last.seenAt() < recheckNanos ? Optional.empty() : Optional.of(stamp);
    }

    /** The pointer as it was at {@code stamp} (or newer) was read and its generation is served. */
    void read(Stamp stamp) {
        read = stamp;
    }
}
