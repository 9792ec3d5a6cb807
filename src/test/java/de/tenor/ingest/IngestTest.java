package de.tenor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.tenor.bench.SampleRulings;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.TopicPolicy;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18/21 on real files and a real index: an import extracts each source once (the index takes
 * the kept extraction), in parallel and stored in the given order; {@code --rebuild} extracts
 * anew; an upload is checked, stored and searchable when {@link Ingest#upload} returns.
 */
class IngestTest {


    @TempDir
    Path tmp;
    Extractor extractor;
    IndexLocation location;
    Ingest ingest;

    @BeforeEach
    void setUp() {
        extractor = new Extractor();
        location = new IndexLocation(tmp.resolve("index"));
        ingest = new Ingest(new CorpusStore(tmp.resolve("corpus")), location, extractor, Clock.systemUTC(), 2);
    }

    @AfterEach
    void tearDown() {
        ingest.close();
        extractor.close();
    }

    @Test
    void an_import_is_extracted_once_and_the_index_takes_that_extraction() throws IOException {
        List<Ingest.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(new Ingest.Incoming("case " + i, SampleRulings.ruling(100 + i, "Kennwort" + (char) ('a' + i))
                    .getBytes(StandardCharsets.UTF_8), "import/case-" + i + ".txt"));
        }
        batch.add(new Ingest.Incoming("outside", SampleRulings.ruling(99, "Ausreißer").getBytes(StandardCharsets.UTF_8),
                "../outside.txt"));
        batch.add(new Ingest.Incoming("empty", new byte[0], "import/empty.txt"));
        List<Ingest.Imported> results = ingest.importSources(batch);
        assertEquals(batch.stream().map(Ingest.Incoming::label).toList(), results.stream().map(r -> r.source().label()).toList(),
                "results in the batch's order");
        assertEquals(12, results.stream().filter(Ingest.Imported::stored).count());
        assertTrue(results.getLast().failure().contains("empty"), results.getLast().failure());
        assertFalse(Files.exists(tmp.resolve("corpus/import/empty.txt")), "a refused source is not stored");
        Ingest.Imported outside = results.get(results.size() - 2);
        assertTrue(outside.failure().startsWith("would leave the corpus folder"), outside.failure());
        assertFalse(Files.exists(tmp.resolve("outside.txt")), "nothing is written outside the corpus");

        // Mark one kept extraction: if the index extracted the file again, the mark would be gone.
        Path kept = keptExtraction("import/case-3.txt");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(kept.toFile());
        json.put("title", "Aus der gespeicherten Extraktion");
        new ObjectMapper().writeValue(kept.toFile(), json);

        Ingest.Indexed run = ingest.index(false, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE).orElseThrow();
        assertEquals(12, run.sources());
        assertEquals(12, run.summary().indexed());
        try (Searcher searcher = new Searcher(location)) {
            assertEquals("Aus der gespeicherten Extraktion", title(searcher, "Kennwortd"), "the index reused the import's extraction");
            assertEquals(1, searcher.search(SearchRequest.of("Kennwortl")).total());
        }

        ingest.index(true, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE);
        try (Searcher searcher = new Searcher(location)) {
            assertTrue(title(searcher, "Kennwortd").contains("S 12 AS 103/26"), "--rebuild extracts anew");
        }
    }

    @Test
    void an_upload_is_searchable_when_it_returns_and_a_second_copy_adds_nothing() throws IOException {
        ingest.importSources(List.of(new Ingest.Incoming("first", SampleRulings.ruling(1, "Erstkennwort")
                .getBytes(StandardCharsets.UTF_8), "import/first.txt")));
        ingest.index(false, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE);
        try (Searcher searcher = new Searcher(location)) {
            byte[] upload = SampleRulings.ruling(2, "Hochladekennwort").getBytes(StandardCharsets.UTF_8);
            Ingest.Upload stored = ingest.upload(upload, "txt", doc -> Optional.empty());
            Ingest.Upload.Stored s = assertInstanceOf(Ingest.Upload.Stored.class, stored);
            assertEquals(s.generation(), location.current().orElseThrow().getFileName().toString());
            assertEquals(1, searcher.search(SearchRequest.of("Hochladekennwort")).total(), "searchable at once");
            assertEquals(2, searcher.documentCount());
            assertTrue(Files.exists(tmp.resolve("corpus").resolve(Ingest.uploadPath(upload, "txt"))));

            assertInstanceOf(Ingest.Upload.AlreadyStored.class, ingest.upload(upload, "txt", doc -> Optional.empty()));
            byte[] named = SampleRulings.ruling(3, "Kennwort").replace("Die Antragstellerin", "Die Antragstellerin Ion Popescu")
                    .getBytes(StandardCharsets.UTF_8);
            Ingest.Upload refused = ingest.upload(named, "txt", doc -> Optional.empty());
            assertFalse(assertInstanceOf(Ingest.Upload.PersonalData.class, refused).findings().isEmpty());
            assertFalse(Files.exists(tmp.resolve("corpus").resolve(Ingest.uploadPath(named, "txt"))), "nothing stored");
            assertEquals(2, searcher.documentCount());
        }
    }

    /**
     * Issue 18, live uploads: an upload adds its own source without a pass over the corpus (a file
     * put into the corpus meanwhile stays unindexed), the next index run reads only that file and
     * ends with the documents of a full build; an upload of an indexed decision that the lookup
     * missed is still merged with it (issue 16), by a pass over the corpus.
     */
    @Test
    void an_upload_adds_only_its_own_source_and_a_known_decision_is_still_merged() throws IOException {
        String longRuling = SampleRulings.ruling(7, "Langkennwort")
                + "\n2\nDie Arbeitnehmereigenschaft folgt aus der tatsächlich ausgeübten Tätigkeit im Minijob.\n".repeat(40);
        ingest.importSources(List.of(
                new Ingest.Incoming("first", SampleRulings.ruling(1, "Erstkennwort").getBytes(StandardCharsets.UTF_8), "import/first.txt"),
                new Ingest.Incoming("long", longRuling.getBytes(StandardCharsets.UTF_8), "import/long.txt")));
        ingest.index(false, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE);
        Files.writeString(tmp.resolve("corpus/import/loose.txt"), SampleRulings.ruling(5, "Beikennwort"), StandardCharsets.UTF_8);
        try (Searcher searcher = new Searcher(location)) {
            byte[] upload = SampleRulings.ruling(2, "Hochladekennwort").getBytes(StandardCharsets.UTF_8);
            assertInstanceOf(Ingest.Upload.Stored.class, ingest.upload(upload, "txt", doc -> Optional.empty()));
            assertEquals(1, searcher.search(SearchRequest.of("Hochladekennwort")).total(), "searchable at once");
            assertEquals(0, searcher.search(SearchRequest.of("Beikennwort")).total(), "the upload did not index the corpus");
            assertEquals(3, searcher.documentCount());
        }
        Ingest.Indexed run = ingest.index(false, TopicPolicy.ON_TOPIC_SOURCES, IndexProgress.NONE).orElseThrow();
        assertEquals(1, run.summary().extracted(), "the record holds the upload: only the loose file is new");
        IndexLocation full = new IndexLocation(tmp.resolve("full"));
        new de.tenor.index.IndexBuilder(full, extractor, Clock.systemUTC())
                .build(new CorpusStore(tmp.resolve("corpus")).captures(), IndexProgress.NONE);
        assertEquals(de.tenor.index.TestIndex.documents(full), de.tenor.index.TestIndex.documents(location),
                "the same documents as a full build");

        try (Searcher searcher = new Searcher(location)) {
            // Other bytes (a trailing full stop), the same wording: the same decision by its text key.
            byte[] copy = (longRuling + "\n.\n").getBytes(StandardCharsets.UTF_8);
            assertInstanceOf(Ingest.Upload.Stored.class, ingest.upload(copy, "txt", doc -> Optional.empty()));
            var hits = searcher.search(SearchRequest.of("Langkennwort"));
            assertEquals(1, hits.total(), "one document for the decision");
            assertEquals(2, hits.hits().getFirst().document().sources().size(), hits.hits().getFirst().document().sources().toString());
            assertEquals(4, searcher.documentCount());
        }
    }

    private static String title(Searcher searcher, String word) throws IOException {
        return searcher.search(SearchRequest.of(word)).hits().getFirst().document().title();
    }

    /** The one kept extraction whose document came from {@code relativePath}. */
    private Path keptExtraction(String relativePath) throws IOException {
        try (Stream<Path> files = Files.walk(location.root().resolve(ExtractionCache.FOLDER))) {
            List<Path> matching = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                if (new ObjectMapper().readTree(p.toFile()).path("sourcePath").asText().equals(relativePath)) {
                    matching.add(p);
                }
            }
            assertEquals(1, matching.size(), "one kept extraction of " + relativePath);
            return matching.getFirst();
        }
    }
}
