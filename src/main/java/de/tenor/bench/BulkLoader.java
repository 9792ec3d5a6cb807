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
import java.util.function.IntConsumer;
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
 * merge policy), whichever mapping is measured. Stateless; one call per index.
 */
final class BulkLoader {

    /** Turns one document into Lucene fields; must be thread-safe. */
    @FunctionalInterface
    interface Mapping {
        org.apache.lucene.document.Document toLucene(Document d) throws IOException;
    }

    /** What one load cost. */
    record Result(int documents, long nanos, long bytesOnDisk, int segments, HeapWatch.Usage heap) {
        double docsPerSecond() {
            return documents / (nanos / 1e9);
        }
    }

    private BulkLoader() {
    }

    /**
     * Indexes documents {@code 0 … docs-1} of {@code corpus} into the empty folder {@code dir} and
     * commits. {@code progress} receives the count of finished documents now and then.
     */
    static Result load(Path dir, ScaleCorpus corpus, int docs, int threads, Mapping mapping, IntConsumer progress)
            throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, docs / 10);
        long start = System.nanoTime();
        HeapWatch.Usage heap;
        try (HeapWatch watch = new HeapWatch();
             Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TenorAnalyzer.create())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                            writer.addDocument(mapping.toLucene(corpus.document(i)));
                            int n = done.incrementAndGet();
                            if (n % step == 0) {
                                progress.accept(n);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Indexing failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
            heap = watch.usage();
        }
        long nanos = System.nanoTime() - start;
        int segments;
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            segments = reader.leaves().size();
        }
        return new Result(docs, nanos, sizeOf(dir), segments, heap);
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
