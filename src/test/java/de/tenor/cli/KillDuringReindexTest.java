package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.SampleRulings;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.ingest.Ingest;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code tenor index --rebuild} process mid-build: the served index
 * must stay the previous, complete one, and the next run must complete and clean up.
 */
class KillDuringReindexTest {

    @TempDir
    Path tmp;

    @Test
    void kill_9_during_rebuild_keeps_serving_the_previous_index_and_next_run_completes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyDemoCorpus(corpus, 6); // large enough that the rebuild takes several seconds
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        IndexBuilder builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        List<de.tenor.corpus.CorpusFile> firstCopy = new CorpusStore(corpus).list().stream()
                .filter(f -> f.relativePath().startsWith("copy0/")).toList();
        builder.build(firstCopy, IndexProgress.NONE);
        Path served = location.current().orElseThrow();
        int servedDocs = firstCopy.size();

        Process child = child(TenorCommand.class, "index", "--rebuild", "--corpus", corpus.toString(), "--index", location.root().toString());
        waitForProgressLine(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));

        assertEquals(served, location.current().orElseThrow(), "the pointer still names the old generation");
        try (Stream<Path> gens = Files.list(location.root())) {
            assertTrue(gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count() >= 2,
                    "the killed build left its partial generation behind (not served)");
        }
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(servedDocs, searcher.documentCount());
            assertTrue(searcher.search(SearchRequest.of("Verlustfeststellung")).total() > 0);
        }

        // The OS released the dead process's lock: the next build runs, completes and cleans up.
        var summary = builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);
        assertEquals(0, summary.failures().size());
        try (Stream<Path> gens = Files.list(location.root())) {
            List<String> names = gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
            assertEquals(List.of(served.getFileName().toString(), summary.generation()), names,
                    "only the new generation and its predecessor remain");
        }
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(summary.indexed(), searcher.documentCount());
        }
    }

    /**
     * Issue 18: {@code kill -9} of a real incremental {@code tenor index} while it adds sources: the
     * last commit stays served, and the next run completes the update with every document exactly
     * once (the same documents as a full build of the corpus).
     */
    @Test
    void kill_9_during_an_incremental_update_is_completed_by_the_next_run_exactly_once() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyDemoCorpus(corpus, 1);
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        IndexBuilder builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        int before = builder.buildIfNeeded(new CorpusStore(corpus).captures(), false, IndexProgress.NONE).indexed();
        Path served = location.current().orElseThrow();
        addNewsCopies(corpus, 200); // 200 new sources, each its own document

        Process child = child(TenorCommand.class, "index", "--corpus", corpus.toString(), "--index", location.root().toString());
        waitForProgressLine(child);
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));

        assertEquals(served, location.current().orElseThrow(), "the last commit is still the one served");
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(before, searcher.documentCount());
        }
        var summary = builder.buildIfNeeded(new CorpusStore(corpus).captures(), false, IndexProgress.NONE);
        assertTrue(summary.incremental());
        assertEquals(200, summary.extracted());
        assertEquals(before + 200, summary.indexed(), "exactly 200 documents more");
        assertSameAsFullBuild(corpus, location);
    }

    /**
     * Issue 18, live uploads: {@code kill -9} of a process that keeps uploading (each upload adds
     * its one source to the served generation, {@code IndexBuilder.addSource}), at whatever point of
     * an upload it is: the served generation is a complete one holding every upload that was
     * answered, and the next {@code tenor index} ends with the documents of a full build (the
     * upload that was cut off is either stored and indexed now, or was never stored).
     */
    @Test
    void kill_9_during_uploads_keeps_a_complete_generation_and_the_next_run_holds_every_document_once() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyDemoCorpus(corpus, 1);
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        IndexBuilder builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        int before = builder.buildIfNeeded(new CorpusStore(corpus).captures(), false, IndexProgress.NONE).indexed();

        Process child = child(UploadLoop.class, corpus.toString(), location.root().toString());
        int answered;
        try {
            answered = waitForUploads(child, 8);
        } finally {
            child.destroyForcibly(); // mid-upload: the child uploads without pause
        }
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));

        try (Searcher searcher = new Searcher(location)) {
            int served = searcher.documentCount();
            assertTrue(served >= before + answered, "served " + served); // the child may have answered more meanwhile
            for (int i = 0; i < answered; i++) {
                assertEquals(1, searcher.search(SearchRequest.of("Hochladenummer" + i)).total(), "answered upload " + i);
            }
        }
        builder.buildIfNeeded(new CorpusStore(corpus).captures(), false, IndexProgress.NONE); // up to date, or adds the cut-off one
        try (Stream<Path> uploads = Files.list(corpus.resolve("upload"))) {
            long stored = uploads.filter(p -> !p.getFileName().toString().startsWith(".")).count();
            assertTrue(stored >= answered, stored + " stored");
            assertEquals(before + stored, de.tenor.index.TestIndex.documents(location).size(), "every stored upload once");
        }
        assertSameAsFullBuild(corpus, location);
    }

    /** The child of the upload kill test: uploads distinct rulings until it is killed, one line per answer. */
    public static final class UploadLoop {
        public static void main(String[] args) throws IOException {
            try (Extractor extractor = new Extractor();
                 Ingest ingest = new Ingest(new CorpusStore(Path.of(args[0])), new IndexLocation(Path.of(args[1])), extractor,
                         Clock.systemUTC(), 1)) {
                for (int i = 0; ; i++) {
                    byte[] text = SampleRulings.ruling(500 + i, "Hochladenummer" + i).getBytes(StandardCharsets.UTF_8);
                    Ingest.Upload result = ingest.upload(text, "txt", doc -> Optional.empty());
                    System.out.println("upload " + i + ": " + result.getClass().getSimpleName());
                    System.out.flush();
                }
            }
        }
    }

    /** Reads the child's answers until {@code count} uploads were stored; returns how many were. */
    private static int waitForUploads(Process child, int count) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int stored = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("upload ")) {
                assertTrue(line.endsWith(": Stored"), line);
                if (++stored == count) {
                    return stored;
                }
            }
        }
        throw new AssertionError("child ended after " + stored + " uploads");
    }

    /** Distinct short texts (no court, docket or long wording in common), so none of them merge. */
    private static void addNewsCopies(Path corpus, int count) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("import/batch"));
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("notiz-" + i + ".txt"), "Notiz " + i + " zur Arbeitnehmereigenschaft "
                    + "von Unionsbürgern im Minijob, Stichwort Zettelnummer" + i + ".\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_second_concurrent_build_is_refused_with_the_holders_pid() throws IOException {
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        try (var lock = location.lockForBuild()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(de.tenor.index.BuildLock.IndexLockedException.class,
                    location::lockForBuild);
            assertTrue(e.getMessage().contains("PID " + ProcessHandle.current().pid()), e.getMessage());
        }
        try (var again = location.lockForBuild()) {
            assertFalse(again == null);
        }
    }

    /** {@code main} of {@code mainClass} in a child JVM on this test's class path, output and errors in one stream. */
    private static Process child(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The index holds exactly the documents of a full build of {@code corpus}: none twice, none lost. */
    private void assertSameAsFullBuild(Path corpus, IndexLocation location) throws IOException {
        IndexLocation full = new IndexLocation(tmp.resolve("full"));
        new IndexBuilder(full, new Extractor(), Clock.systemUTC()).build(new CorpusStore(corpus).captures(), IndexProgress.NONE);
        assertEquals(de.tenor.index.TestIndex.documents(full),
                de.tenor.index.TestIndex.documents(location), "no document twice, none lost");
    }

    private static void waitForProgressLine(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("indexing: ")) {
                return; // at least one tenth written into the new generation
            }
        }
        throw new AssertionError("child ended before it started indexing");
    }

    private static void copyDemoCorpus(Path target, int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("corpus/demo"))) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        }
        for (int i = 0; i < copies; i++) {
            Path dir = Files.createDirectories(target.resolve("copy" + i));
            for (Path f : files) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
