package de.tenor.bench;

import de.tenor.extract.Document;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Feeds generated documents straight into one {@link IndexWriter} from a small pool of threads:
 * no corpus files, no extraction. IndexWriter is thread-safe and gives each thread its own
 * in-memory segment, so two threads use both cores for analysis, the dominant cost. The writer
 * is configured as {@code IndexBuilder} configures it (Tenor's analyzer, default RAM buffer and
 * merge policy), whichever mapping is measured.
 *
 * <p>Documents go in as ranges ({@link #load}), so a benchmark can alternate two loaders chunk by
 * chunk; only the time spent inside {@code load} and {@link #finish} counts. Not thread-safe:
 * one caller drives a loader.
 */
final class BulkLoader implements AutoCloseable {

    /** Turns one document into Lucene fields; must be thread-safe. */
    @FunctionalInterface
    interface Mapping {
        org.apache.lucene.document.Document toLucene(Document d) throws IOException;
    }

    /** What one load cost. */
    record Result(int documents, long nanos, long bytesOnDisk, int segments) {
        double docsPerSecond() {
            return documents / (nanos / 1e9);
        }
    }

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final ExecutorService pool;
    private final int threads;
    private final Mapping mapping;
    private long nanos;
    private int documents;

    BulkLoader(Path dir, int threads, Mapping mapping) throws IOException {
        this.dir = dir;
        this.threads = threads;
        this.mapping = mapping;
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(TenorAnalyzer.create())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Indexes documents {@code from … to-1} of {@code corpus} with all threads. */
    void load(ScaleCorpus corpus, int from, int to) throws IOException, InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    writer.addDocument(mapping.toLucene(corpus.document(i)));
                }
                return null;
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Indexing failed: " + e.getCause(), e.getCause());
        }
        documents += to - from;
        nanos += System.nanoTime() - start;
    }

    /** Commits, waits for merges and closes the writer; the index is then complete on disk. */
    Result finish() throws IOException {
        long start = System.nanoTime();
        writer.commit();
        writer.close();
        nanos += System.nanoTime() - start;
        int segments;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            segments = reader.leaves().size();
        }
        return new Result(documents, nanos, sizeOf(dir), segments);
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
