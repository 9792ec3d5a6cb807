package de.tenor.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The corpus folder: every raw source the index is built from. The index is always rebuildable
 * from this folder alone. Stateless apart from the root path; thread-safe.
 */
public final class CorpusStore {

    /** File types the extractor reads; anything else (README, state files) is not a source. */
    // "xml": rechtsprechung-im-internet.de decisions; "json": one Open Legal Data case per file ("tenor import" splits dumps).
    public static final Set<String> SOURCE_EXTENSIONS = Set.of("html", "htm", "xhtml", "pdf", "docx", "doc", "rtf", "txt", "odt",
            "xml", "json");

    private final Path root;

    public CorpusStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * All loose source files below the root, sorted by relative path so runs are reproducible.
     * The crawler's folder ({@code crawl/}: WARC files, URL state) is not a set of loose files;
     * {@link #captures()} reads it.
     */
    public List<CorpusFile> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<CorpusFile> files = new ArrayList<>();
        Path crawlDir = CrawlArchive.crawlDir(root);
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.startsWith(crawlDir)).filter(Files::isRegularFile).filter(CorpusStore::isSource)
                    .forEach(p -> files.add(describe(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read corpus folder " + root + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(CorpusFile::relativePath));
        return List.copyOf(files);
    }

    /** Issue 18: one loose file, described as {@link #list()} would (an upload adds it without listing the corpus). */
    public CorpusFile file(String relativePath) {
        return describe(root.resolve(relativePath).normalize());
    }

    /**
     * Everything the index is built from: the loose files, then the newest capture of each crawled
     * URL from the WARC files (see {@link WarcCaptures}).
     */
    public List<Capture> captures() {
        List<Capture> all = new ArrayList<>(list());
        all.addAll(new WarcCaptures(CrawlArchive.warcDir(root)).latest());
        return List.copyOf(all);
    }

    /**
     * Issue 18: the one way a source file enters the corpus (imports and uploads). The bytes go to
     * a temporary dot-name (which {@link #list()} ignores), are forced to disk, and are moved into
     * place atomically; the folder entry is forced too. A reader (or the next index run) sees the
     * old file or the whole new one, never half a file, also after a crash.
     *
     * @param replace whether an existing file is replaced; when false and it exists, nothing is written
     * @return whether the file was written
     * @throws IllegalArgumentException when {@code relativePath} leaves the corpus folder
     */
    public boolean write(String relativePath, byte[] bytes, boolean replace) throws IOException {
        if (!replace && Files.exists(pathOf(relativePath))) {
            return false;
        }
        publish(List.of(stage(relativePath, bytes)));
        return true;
    }

    /**
     * A file written and forced to disk under a temporary dot-name next to its target, not yet in
     * the corpus: {@link #publish} moves it into place, {@link #discard} removes it.
     */
    public record Staged(Path temporary, Path target) {
    }

    /**
     * The first half of {@link #write}, safe to run on many threads at once: forcing files in
     * parallel lets the file system commit them together (one journal commit for many files
     * instead of one each — an import of 20,000 files spent most of its time in fsync).
     */
    public Staged stage(String relativePath, byte[] bytes) throws IOException {
        Path target = pathOf(relativePath);
        Path dir = Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Staged(tmp, target);
    }

    /**
     * Moves staged files into place atomically, in the given order (a later one replaces an earlier
     * one at the same path), then forces each folder entry once.
     */
    public void publish(List<Staged> staged) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        try {
            for (Staged s : staged) {
                try {
                    Files.move(s.temporary(), s.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING);
                }
                folders.add(s.target().getParent());
            }
        } finally {
            discard(staged);
        }
        for (Path dir : folders) {
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException e) {
                // Some file systems cannot open a folder for syncing; the rename itself is still atomic.
            }
        }
    }

    /** Removes staged files that were not published (a no-op for published ones). */
    public void discard(List<Staged> staged) throws IOException {
        for (Staged s : staged) {
            Files.deleteIfExists(s.temporary());
        }
    }

    /**
     * Where {@code relativePath} lies in the corpus folder.
     *
     * @throws IllegalArgumentException when it leaves the folder
     */
    public Path pathOf(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("a corpus file must stay below " + root + ", got " + relativePath);
        }
        return target;
    }

    /** Newest modification time of any source file; {@link Instant#EPOCH} for an empty corpus. */
    public Instant lastModified() {
        return list().stream().map(CorpusFile::lastModified).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    static boolean isSource(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.toUpperCase(Locale.ROOT).startsWith("README")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private CorpusFile describe(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            String rel = root.relativize(p).toString().replace('\\', '/');
            return new CorpusFile(p, rel, attrs.size(), attrs.lastModifiedTime().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attributes of " + p + ": " + e.getMessage(), e);
        }
    }
}
