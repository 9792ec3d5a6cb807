package de.tenor.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder. Each build writes a complete new generation {@code gen-<millis>} beside the
 * served one, then switches the one-line pointer file {@code CURRENT} with an atomic rename.
 * Readers therefore only ever open a finished, committed generation: the served index is never
 * half-written, and a crash mid-build leaves the old one in place.
 */
public final class IndexLocation {

    private static final String CURRENT = "CURRENT";
    private static final String GEN_PREFIX = "gen-";

    private final Path root;

    public IndexLocation(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The one-line file naming the served generation; {@link #publish} replaces it (a new file each time). */
    public Path pointerFile() {
        return root.resolve(CURRENT);
    }

    /** The generation being served, if a build ever completed. */
    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path dir = root.resolve(name);
            return name.startsWith(GEN_PREFIX) && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** Exclusive build access to this folder; fails fast with the holder's PID if another build runs. */
    public BuildLock lockForBuild() throws IOException {
        return BuildLock.acquire(root);
    }

    /** A fresh, empty directory for the next generation. */
    public Path newGeneration() throws IOException {
        Files.createDirectories(root);
        long stamp = System.currentTimeMillis();
        Path dir = root.resolve(GEN_PREFIX + stamp);
        while (Files.exists(dir)) {
            dir = root.resolve(GEN_PREFIX + (++stamp));
        }
        return Files.createDirectory(dir);
    }

    /**
     * Issue 18: a new generation that starts as the served one, for an incremental update. Lucene
     * never changes a file it wrote, so the new folder shares the served files by hard links (a
     * copy where the file system has none) and costs no time or space in the corpus size; the
     * update then adds segments and deletions beside them. Files Tenor writes itself (the source
     * record) and the writer's lock are not shared.
     */
    public Path copyOfCurrent() throws IOException {
        Path from = current().orElseThrow(() -> new IllegalStateException("No published generation at " + root));
        Path generation = newGeneration();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("write.lock") || name.equals(SourceRecord.FILE) || name.equals(SourceRecord.ADDED)
                        || !Files.isRegularFile(f)) {
                    continue;
                }
                linkOrCopy(f, generation.resolve(name));
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(generation);
            throw e;
        }
        return generation;
    }

    /** A hard link to {@code from} at {@code to}, or a copy where the file system has no hard links. */
    static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(from, to);
        }
    }

    /** Makes {@code generation} the served one, then removes older generations except its predecessor. */
    public void publish(Path generation) throws IOException {
        Optional<Path> previous = current();
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOldGenerations(generation, previous);
    }

    /** Removes a generation that was abandoned before it was published. */
    public void discard(Path generation) throws IOException {
        deleteTree(generation);
    }

    private void removeOldGenerations(Path published, Optional<Path> previous) throws IOException {
        // Keep the predecessor: a server that has not reloaded yet may still read it. Everything
        // older goes, including generations of builds that crashed before publishing.
        String publishedName = published.getFileName().toString();
        List<Path> older;
        try (Stream<Path> list = Files.list(root)) {
            older = list.filter(p -> p.getFileName().toString().startsWith(GEN_PREFIX) && Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().compareTo(publishedName) < 0)
                    .toList();
        }
        for (Path gen : older) {
            if (previous.isEmpty() || !gen.equals(previous.get())) {
                deleteTree(gen);
            }
        }
    }

    /** Deletes {@code dir} and everything below it; nothing happens when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
