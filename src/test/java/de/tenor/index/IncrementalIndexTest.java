package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 on real indexes of the demo corpus (and real decisions from ../shared for the merged
 * decision): adding, changing and removing a source updates the served index without reading the
 * other sources, and the result is the same documents, with the same sources, as a full build of
 * the same corpus; a schema version bump or a policy switch builds from scratch.
 */
class IncrementalIndexTest {

    private static Extractor extractor;

    @TempDir
    Path tmp;
    Path corpus;
    IndexLocation location;
    IndexBuilder builder;

    @BeforeAll
    static void openExtractor() {
        extractor = new Extractor();
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        location = new IndexLocation(tmp.resolve("index"));
        builder = new IndexBuilder(location, extractor, Clock.systemUTC());
    }

    @Test
    void adding_changing_and_removing_sources_reads_only_those_and_equals_a_full_build() throws IOException {
        List<Path> demo = demoFiles();
        copy(demo.subList(0, demo.size() - 3), "demo");
        IndexSummary first = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertFalse(first.incremental(), "no index yet: a full build");
        int before = first.indexed();

        copy(demo.subList(demo.size() - 3, demo.size()), "demo"); // three new sources
        IndexSummary added = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(added.incremental());
        assertEquals(3, added.extracted(), "only the new sources are read");
        assertEquals(before + 3, added.indexed());
        assertSameAsFullBuild();

        Path changed = corpus.resolve("demo").resolve(demo.getFirst().getFileName());
        String marker = "Quarkstrudelverordnung";
        Files.writeString(changed, """
                <html><head><meta charset="utf-8"><title>Sozialgericht Dortmund, S 99 AS 1/25</title></head><body>
                <h1>Sozialgericht Dortmund</h1><p>Beschluss vom 02.01.2025, Az. S 99 AS 1/25</p>
                <p>Tenor: Der Antrag wird abgelehnt.</p>
                <p>Gründe: Die %s ist auf Unionsbürger nicht anzuwenden; die Arbeitnehmereigenschaft fehlt.</p>
                </body></html>""".formatted(marker), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(5)));
        IndexSummary change = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(change.incremental());
        assertEquals(1, change.extracted());
        assertEquals(before + 3, change.indexed(), "a changed source replaces its document");
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(1, searcher.search(SearchRequest.of(marker)).total());
        }
        assertSameAsFullBuild();

        Files.delete(corpus.resolve("demo").resolve(demo.get(1).getFileName()));
        IndexSummary removed = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertEquals(0, removed.extracted());
        assertEquals(1, removed.removedSources());
        assertEquals(before + 2, removed.indexed());
        assertSameAsFullBuild();

        IndexSummary again = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(again.upToDate(), "nothing changed: nothing is built");
        assertEquals(removed.generation(), location.current().orElseThrow().getFileName().toString());
    }

    /** Issue 18: neither size nor modification time tell this change; the content hash does. */
    @Test
    void a_file_rewritten_with_the_same_size_and_modification_time_is_read_again() throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("import"));
        Path file = dir.resolve("notiz.txt");
        String text = "Notiz zur Arbeitnehmereigenschaft von Unionsbürgern im Minijob, Stichwort %s.\n";
        Files.writeString(file, text.formatted("Quxalphaq"), StandardCharsets.UTF_8);
        copy(demoFiles().subList(0, 3), "demo");
        FileTime mtime = Files.getLastModifiedTime(file);
        builder.buildIfNeeded(captures(), false, IndexProgress.NONE);

        Files.writeString(file, text.formatted("Quxomegaq"), StandardCharsets.UTF_8); // as many bytes
        Files.setLastModifiedTime(file, mtime);
        assertEquals(Files.size(file), text.formatted("Quxalphaq").getBytes(StandardCharsets.UTF_8).length);
        IndexSummary change = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(change.incremental());
        assertEquals(1, change.extracted(), "only the rewritten file is read");
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(1, searcher.search(SearchRequest.of("Quxomegaq")).total());
            assertEquals(0, searcher.search(SearchRequest.of("Quxalphaq")).total());
        }
        assertSameAsFullBuild();
        assertTrue(builder.buildIfNeeded(captures(), false, IndexProgress.NONE).upToDate(), "unchanged: nothing read");
    }

    @Test
    void a_decision_from_two_sources_stays_one_document_as_sources_come_and_go() throws IOException {
        Path bsg = RealDecisions.CORPORA.resolve("portal-fixtures/refex");
        Assumptions.assumeTrue(Files.isDirectory(bsg), "../shared not present: skipping the merged-decision case");
        copy(demoFiles().subList(0, 5), "demo");
        Files.createDirectories(corpus.resolve("import"));
        Files.copy(bsg.resolve("bsg_2018-06-27.html"), corpus.resolve("import/bsg_2018-06-27.html"));
        int single = builder.buildIfNeeded(captures(), false, IndexProgress.NONE).indexed();

        Files.copy(bsg.resolve("bsg_2018-06-27.txt"), corpus.resolve("import/bsg_2018-06-27.txt"));
        IndexSummary merged = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(merged.incremental());
        assertEquals(single, merged.indexed(), "the text of the same ruling joins its document");
        Map<String, String> docs = assertSameAsFullBuild();
        assertTrue(docs.values().stream().anyMatch(s -> s.contains("bsg_2018-06-27.html") && s.contains("bsg_2018-06-27.txt")),
                "the merged document names both sources: " + docs.values());

        Files.delete(corpus.resolve("import/bsg_2018-06-27.html"));
        IndexSummary left = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertEquals(single, left.indexed(), "the decision stays, from its other source");
        docs = assertSameAsFullBuild();
        assertTrue(docs.values().stream().noneMatch(s -> s.contains("bsg_2018-06-27.html")));
    }

    @Test
    void a_schema_version_bump_or_a_policy_switch_builds_from_scratch() throws IOException {
        copy(demoFiles().subList(0, 6), "demo");
        builder.buildIfNeeded(captures(), false, IndexProgress.NONE);

        IndexSummary bumped = new IndexBuilder(location, extractor, Clock.systemUTC(), TopicPolicy.ON_TOPIC_SOURCES,
                IndexFields.SCHEMA_VERSION + 1).buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertFalse(bumped.incremental());
        assertEquals(6, bumped.extracted(), "every source is read again");

        IndexSummary all = new IndexBuilder(location, extractor, Clock.systemUTC(), TopicPolicy.ALL)
                .buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertFalse(all.incremental(), "the previous build was of another schema version");
        IndexSummary allAgain = new IndexBuilder(location, extractor, Clock.systemUTC(), TopicPolicy.ALL)
                .buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertTrue(allAgain.upToDate());
        IndexSummary backToDefault = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertFalse(backToDefault.incremental(), "switching the topic policy rebuilds");

        // A generation written by another extractor version: its documents may differ from this one's.
        Path gen = location.current().orElseThrow();
        try (FSDirectory dir = FSDirectory.open(gen);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new java.util.HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(IndexBuilder.EXTRACTOR_KEY, String.valueOf(Extractor.VERSION - 1));
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        IndexSummary otherExtractor = builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        assertFalse(otherExtractor.incremental(), "another extractor version rebuilds");
        assertEquals(6, otherExtractor.extracted());
    }

    @Test
    void an_index_without_a_source_record_is_built_anew_once() throws IOException {
        copy(demoFiles().subList(0, 4), "demo");
        builder.buildIfNeeded(captures(), false, IndexProgress.NONE);
        // An index of an earlier release: its commit has no schema entry and no record beside it.
        Path gen = location.current().orElseThrow();
        Files.delete(gen.resolve(SourceRecord.FILE));
        try (FSDirectory dir = FSDirectory.open(gen);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("corpusFingerprint", "old").entrySet());
            w.commit();
        }
        assertFalse(builder.isUpToDate(captures()));
        assertFalse(builder.buildIfNeeded(captures(), false, IndexProgress.NONE).incremental());
        assertTrue(builder.buildIfNeeded(captures(), false, IndexProgress.NONE).upToDate());
    }

    /** The served index holds exactly the documents (ids and sources) of a full build of the same corpus. */
    private Map<String, String> assertSameAsFullBuild() throws IOException {
        IndexLocation fresh = new IndexLocation(tmp.resolve("full-" + System.nanoTime()));
        new IndexBuilder(fresh, extractor, Clock.systemUTC()).build(captures(), IndexProgress.NONE);
        Map<String, String> served = TestIndex.documents(location);
        assertEquals(TestIndex.documents(fresh), served);
        return served;
    }

    private List<de.tenor.corpus.Capture> captures() throws IOException {
        return new CorpusStore(corpus).captures();
    }

    private void copy(List<Path> files, String folder) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(folder));
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
    }

    static List<Path> demoFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus/demo"))) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().limit(16).toList();
        }
    }
}
