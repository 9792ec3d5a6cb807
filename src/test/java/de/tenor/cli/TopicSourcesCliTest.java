package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.crawl.PortalServers;
import de.tenor.crawl.SourcesSummary;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenor crawl --sources}, {@code tenor index [--all]} and the background update of {@code serve --update-every}. */
class TopicSourcesCliTest {

    @TempDir
    Path tmp;

    @Test
    void bad_sources_files_are_exit_2_with_the_entry_and_key() throws Exception {
        Path bad = tmp.resolve("sources.yaml");
        Files.writeString(bad, "sources:\n  - type: nrwe\n    queries: [Verlustfeststellung]\n");
        CliRun r = CliRun.run("crawl", "--sources", bad.toString(), "--corpus", tmp.resolve("c").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("sources[0] (nrwe), key \"search\": missing required key"), r.err());

        Files.writeString(bad, "sources:\n  - type: rss\n    urls: [https://example.org/x.rss]\n");
        r = CliRun.run("crawl", "--sources", bad.toString(), "--corpus", tmp.resolve("c").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("sources[0], key \"type\": unknown type \"rss\""), r.err());

        r = CliRun.run("crawl", "--sources", tmp.resolve("none.yaml").toString(), "--corpus", tmp.resolve("c").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Sources file not found"), r.err());

        r = CliRun.run("crawl", "--sources", bad.toString(), "--seeds", bad.toString());
        assertEquals(2, r.code());

        Files.writeString(bad, "sources:\n  - type: feed\n    urls: [http://127.0.0.1:9/feed.rss]\n");
        r = CliRun.run("crawl", "--sources", bad.toString(), "--corpus", tmp.resolve("c").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--allow-private"), r.err());

        r = CliRun.run("serve", "--update-every", "5s", "--sources", bad.toString(), "--corpus", tmp.resolve("c").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least 1 minute"), r.err());
    }

    @Test
    void crawl_index_and_background_update() throws Exception {
        Path fixtures = PortalServers.fixtures();
        if (fixtures == null) {
            System.out.println("SKIPPED TopicSourcesCliTest: ../shared/corpora/portal-fixtures is absent");
        }
        Assumptions.assumeTrue(fixtures != null);
        try (PortalServers portals = new PortalServers(fixtures)) {
            Path file = tmp.resolve("sources.yaml");
            Files.writeString(file, portals.sourcesYaml());
            String corpus = tmp.resolve("corpus").toString();
            String index = tmp.resolve("index").toString();

            CliRun crawl = CliRun.run("crawl", "--sources", file.toString(), "--allow-private", "--delay-ms", "0", "--json",
                    "--corpus", corpus, "--index", index);
            assertEquals(0, crawl.code(), crawl.err());
            JsonNode json = new ObjectMapper().readTree(crawl.out());
            assertEquals(4, json.get("sources").size());
            assertTrue(json.get("fetched").asInt() > 10, crawl.out());
            JsonNode oldp = json.get("sources").get(2);
            assertEquals("oldp", oldp.get("type").asText());
            assertTrue(oldp.get("throttled").asText().contains("Retry-After 85992"), oldp.toString());
            assertTrue(crawl.err().contains("THROTTLED"), crawl.err());

            // Issue 18: the crawl indexed what it fetched; a following "tenor index" has nothing to do.
            assertTrue(crawl.err().contains("off-topic documents of the topic sources"), crawl.err());
            CliRun indexed = CliRun.run("index", "--corpus", corpus, "--index", index);
            assertEquals(0, indexed.code(), indexed.err());
            assertTrue(indexed.err().contains("Index is up to date"), indexed.err());
            CliRun all = CliRun.run("index", "--all", "--corpus", corpus, "--index", tmp.resolve("index-all").toString());
            assertEquals(0, all.code(), all.err());
            assertTrue(!all.err().contains("left out"), all.err());

            // serve --update-every: one background update brings the new decisions into the served index.
            portals.round = 2;
            PathOptions paths = new PathOptions();
            paths.corpus = tmp.resolve("corpus");
            paths.index = tmp.resolve("index");
            StringWriter err = new StringWriter();
            SourcesRun.Settings settings = new SourcesRun.Settings(file, paths.corpus, 1000, Duration.ZERO, true);
            try (Searcher searcher = new Searcher(paths.indexLocation());
                 de.tenor.ingest.Ingest ingest = IndexRun.ingest(paths);
                 SourceUpdater updater = new SourceUpdater(SourcesRun.read(settings), settings, ingest, paths.index, Map.of(),
                         new PrintWriter(err))) {
                long before = searcher.documentCount();
                assertEquals(0, searcher.search(SearchRequest.of("Lagerhelfer")).total(), "not yet published");
                SourcesSummary s = updater.update();
                assertEquals(4, s.fetched(), err.toString());
                assertTrue(searcher.search(SearchRequest.of("Lagerhelfer")).total() >= 1, "the served index has the new ruling");
                assertTrue(searcher.documentCount() > before);
            }
        }
    }

    @Test
    void update_period_parsing() {
        assertEquals(Duration.ofHours(6), SourceUpdater.parsePeriod("6h"));
        assertEquals(Duration.ofMinutes(30), SourceUpdater.parsePeriod("30m"));
        assertEquals(Duration.ofDays(1), SourceUpdater.parsePeriod("1d"));
        assertEquals(Duration.ofHours(2), SourceUpdater.parsePeriod("PT2H"));
        assertEquals(2, CliRun.run("serve", "--update-every", "often").code());
    }
}
