package de.tenor.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("a corpus file must stay below " + root + ", got " + relativePath);
        }
        if (!replace && Files.exists(target)) {
            return false;
        }
        Path dir = Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try {
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        try (java.nio.channels.FileChannel folder = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for syncing; the rename itself is still atomic.
        }
        return true;
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
