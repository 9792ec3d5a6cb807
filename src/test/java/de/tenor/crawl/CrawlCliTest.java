package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl → index → search workflow the README shows, run as a user would (minus the JVM start). */
class CrawlCliTest {

    @TempDir
    Path tmp;
    TestSite site;
    Path seeds;


    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        seeds = tmp.resolve("seeds.txt");
        Files.writeString(seeds, "# the local test site\n" + site.base() + "/   # its start page\n");
    }

    @AfterEach
    void stop() {
        site.close();
    }


    @Test
    void crawl_json_then_index_makes_crawled_rulings_searchable_by_city_and_outcome() throws Exception {
        String corpus = tmp.resolve("corpus").toString();
        String index = tmp.resolve("index").toString();

        CliRun crawl = CliRun.run("crawl", "--seeds", seeds.toString(), "--allow-private", "--delay-ms", "0", "--json", "--corpus", corpus,
                "--index", index);

        assertEquals(0, crawl.code(), crawl.err());
        JsonNode summary = new ObjectMapper().readTree(crawl.out());
        assertEquals(1, summary.get("pass").asInt());
        assertEquals("new", summary.get("mode").asText());
        assertTrue(summary.get("finished").asBoolean());
        assertTrue(summary.get("stored").asInt() >= 10, crawl.out());
        assertEquals(1, summary.get("duplicates").asInt());
        assertTrue(Files.isDirectory(Path.of(summary.get("warcDir").asText())));
        assertTrue(crawl.err().contains("Crawl pass 1 (new) finished"), crawl.err());

        assertTrue(crawl.err().contains("Indexed "), "the crawl indexes what it fetched: " + crawl.err());
        CliRun indexed = CliRun.run("index", "--corpus", corpus, "--index", index);
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.err().contains("Index is up to date"), indexed.err());

        CliRun search = CliRun.run("search", "Kioskaushilfe", "--city", "Gelsenkirchen", "--outcome", "won", "--json",
                "--corpus", corpus, "--index", index);
        assertEquals(0, search.code(), search.err());
        JsonNode result = new ObjectMapper().readTree(search.out());
        assertEquals(1, result.get("total").asInt(), search.out());

        CliRun lost = CliRun.run("search", "Paketbotin", "--city", "Düsseldorf", "--outcome", "lost", "--json",
                "--corpus", corpus, "--index", index);
        assertEquals(1, new ObjectMapper().readTree(lost.out()).get("total").asInt(), "stored once: " + lost.out());
    }

    @Test
    void loopback_seed_without_allow_private_exits_2_with_one_line() {
        CliRun r = CliRun.run("crawl", "--seeds", seeds.toString(), "--corpus", tmp.resolve("corpus").toString());

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("tenor: Seed " + site.base() + "/: 127.0.0.1 resolves to loopback address"), r.err());
        assertTrue(r.err().contains("--allow-private"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(site.hits().isEmpty());
    }

    @Test
    void missing_seeds_file_and_bad_numbers_exit_2() {
        CliRun missing = CliRun.run("crawl", "--seeds", tmp.resolve("nope.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Seeds file not found"), missing.err());

        CliRun bad = CliRun.run("crawl", "--seeds", seeds.toString(), "--allow-private", "--max-pages", "0", "--delay-ms", "-1");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("maxPages must be at least 1, got 0"), bad.err());
        assertTrue(bad.err().contains("delay must be zero or positive"), bad.err());
    }
}
