package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusStore;
import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.WarcCaptures;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import de.tenor.index.TopicPolicy;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic sources against local portals built from the real fixtures: what a careful client
 * sends (robots.txt first, the whole NRWE form, paging, delays), what it leaves alone (list-level
 * traps, robots-forbidden paths, a throttled API), what the index keeps (on topic only) and that a
 * second run fetches only the new documents.
 */
class TopicSourcesTest {

    static final Duration DELAY = Duration.ofMillis(40);

    @TempDir
    Path tmp;
    PortalServers portals;

    @BeforeEach
    void start() throws Exception {
        Path fixtures = PortalServers.fixtures();
        if (fixtures == null) {
            System.out.println("SKIPPED TopicSourcesTest: ../shared/corpora/portal-fixtures is absent"
                    + " (the test portals are built from the real NRWE pages there)");
        }
        Assumptions.assumeTrue(fixtures != null, "../shared/corpora/portal-fixtures absent");
        portals = new PortalServers(fixtures);
    }

    @AfterEach
    void stop() {
        if (portals != null) {
            portals.close();
        }
    }

    SourcesSummary crawl(Path corpus) throws Exception {
        Path file = tmp.resolve("sources.yaml");
        Files.writeString(file, portals.sourcesYaml());
        List<Source> sources = SourcesFile.read(file);
        CrawlConfig config = SourceCrawl.config(sources).allowPrivate(true).delay(DELAY).build();
        try (CrawlArchive archive = CrawlArchive.open(corpus, config.maxWarcFileBytes(), Clock.systemUTC(), Crawler.SOFTWARE);
             HttpClient client = Crawler.httpClient(config)) {
            return new SourceCrawl(sources, config, archive, client, Clock.systemUTC(), Map.of(), line -> { }).run();
        }
    }

    /** URL → document of everything the index holds. */
    Map<String, Document> index(Path corpus, Path indexDir, TopicPolicy policy, List<IndexSummary> summaries) throws Exception {
        IndexLocation location = new IndexLocation(indexDir);
        try (Extractor extractor = new Extractor()) {
            summaries.add(new IndexBuilder(location, extractor, Clock.systemUTC(), policy)
                    .buildIfNeeded(new CorpusStore(corpus).captures(), false, IndexProgress.NONE));
        }
        try (Searcher searcher = new Searcher(location)) {
            SearchRequest all = new SearchRequest("", Map.of(), null, null, null, 1, 100);
            return searcher.search(all).hits().stream()
                    .collect(Collectors.toMap(h -> h.document().url(), h -> h.document()));
        }
    }

    SourceSummary source(SourcesSummary s, String type) {
        return s.sources().stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void careful_client_topic_filter_and_second_run() throws Exception {
        Path corpus = tmp.resolve("corpus");
        SourcesSummary first = crawl(corpus);
        List<PortalServers.Hit> run1 = portals.hits();

        // robots.txt is read first on every host fetched by URL; the APIs are used as documented instead.
        for (String server : List.of("search", "docs", "news")) {
            List<PortalServers.Hit> h = portals.hits(server);
            assertEquals("/robots.txt", h.getFirst().target(), server + " first request");
            assertEquals(1, h.stream().filter(x -> x.target().equals("/robots.txt")).count(), server + ": robots.txt once per run");
        }
        for (String api : List.of("neuris", "oldp")) {
            assertTrue(portals.hits(api).stream().noneMatch(x -> x.target().equals("/robots.txt")), api);
        }
        for (PortalServers.Hit h : run1) {
            assertTrue(h.header("User-Agent").startsWith("TenorBot/"), h.target());
        }
        // Never two requests to one host closer than the delay. Measured start to start: the client waits the
        // delay after it has the answer, which is after the server began the previous request; the server's own
        // end time can be recorded late on a loaded machine, so it is no sound reference.
        for (String server : List.of("search", "docs", "neuris", "oldp", "news")) {
            List<PortalServers.Hit> h = portals.hits(server);
            for (int i = 1; i < h.size(); i++) {
                long gapMs = (h.get(i).startNanos() - h.get(i - 1).startNanos()) / 1_000_000;
                assertTrue(gapMs >= DELAY.toMillis(), server + ": " + gapMs + " ms before " + h.get(i).target());
            }
        }

        // NRWE: every form field on every POST, paging by re-posting the same body plus the ">" button.
        List<PortalServers.Hit> posts = portals.hits("search").stream().filter(h -> h.method().equals("POST")).toList();
        List<String> fields = List.of("q", "method", "gerichtstyp", "gerichtsort", "gerichtsbarkeit", "entscheidungsart", "date",
                "von", "bis", "von2", "bis2", "validFrom", "aktenzeichen", "schlagwoerter", "qSize", "sortieren_nach", "absenden",
                "advanced_search");
        for (PortalServers.Hit post : posts) {
            Map<String, String> form = PortalServers.form(post.body());
            assertTrue(form.keySet().containsAll(fields), "all fields: " + form.keySet());
            assertTrue(post.header("Content-Type").startsWith("application/x-www-form-urlencoded"), post.header("Content-Type"));
        }
        PortalServers.Hit page2 = posts.stream().filter(p -> p.body().contains("page2=%3E")).findFirst().orElseThrow();
        assertEquals(posts.get(0).body() + "&page2=%3E", page2.body(), "page 2 = the same form plus the > button");
        assertEquals(3, posts.stream().filter(p -> !p.body().contains("page")).count(), "one search per query");
        // NeuRIS: the court filter, then view.next.
        assertTrue(portals.hits("neuris").stream().anyMatch(h -> h.target().contains("court=BSG") && h.target().contains("pageIndex=1")),
                "followed view.next");
        assertTrue(portals.hits("neuris").stream().filter(h -> h.target().startsWith("/v1/case-law/"))
                .allMatch(h -> "application/json".equals(h.header("Accept"))));

        // What the list shows to be off topic, what robots.txt forbids: never requested.
        Set<String> requested = run1.stream().map(h -> base(h) + h.target()).collect(Collectors.toSet());
        for (PortalCase c : portals.cases(c -> !c.fetchable())) {
            assertFalse(requested.contains(portals.documentUrl(c)), c.id() + " (" + c.list() + ") must not be requested");
        }
        assertTrue(run1.stream().noneMatch(h -> h.target().startsWith("/private/")), "robots.txt obeyed");
        assertEquals(1, source(first, "nrwe").robotsBlocked());
        assertEquals(1, source(first, "feed").robotsBlocked());
        assertEquals(2, source(first, "nrwe").offTopic(), "labour court and asylum docket skipped from the list");
        assertEquals(2, source(first, "oldp").offTopic(), "tax and labour jurisdiction skipped from the list");
        assertEquals(1, source(first, "feed").offTopic(), "football news not fetched");

        // The throttled API is left alone for the rest of the run: nothing after its 429.
        List<PortalServers.Hit> oldp = portals.hits("oldp");
        assertEquals(429, oldp.getLast().status(), "the 429 is the last request to the API");
        assertEquals(1, oldp.stream().filter(h -> h.status() == 429).count(), "no retry loop");
        assertTrue(source(first, "oldp").throttled().orElseThrow().contains("Retry-After " + PortalServers.OLDP_RETRY_AFTER),
                source(first, "oldp").throttled().toString());
        assertTrue(oldp.stream().noneMatch(h -> h.target().contains("Verlustfeststellung")), "second query not sent");

        // Every fetchable document of round 1 was fetched exactly once.
        List<PortalCase> round1 = portals.cases(c -> c.round() == 1 && c.fetchable());
        for (PortalCase c : round1) {
            assertEquals(1, run1.stream().filter(h -> (base(h) + h.target()).equals(portals.documentUrl(c))).count(), c.id());
        }
        assertEquals(round1.size(), first.fetched());

        // Everything went to the WARC files with its request: the search form's fields are in the request record.
        List<String> postBodies = new ArrayList<>();
        for (Path warc : new WarcCaptures(CrawlArchive.warcDir(corpus)).files()) {
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord r : reader) {
                    if (r instanceof WarcRequest req && req.http().method().equals("POST")) {
                        postBodies.add(new String(req.http().body().stream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertEquals(posts.size(), postBodies.size());
        assertTrue(postBodies.contains(page2.body()), "the paging request is stored with its body");
        // Result lists are stored but are no documents: only decision pages, API cases and articles are captures.
        Set<String> captured = new CorpusStore(corpus).captures().stream().map(c -> c.sourceUri()).collect(Collectors.toSet());
        assertEquals(round1.stream().map(portals::documentUrl).collect(Collectors.toSet()), captured);

        // The index: on-topic documents in, off-topic source documents left out (and counted).
        List<IndexSummary> summaries = new ArrayList<>();
        Map<String, Document> indexed = index(corpus, tmp.resolve("index"), TopicPolicy.ON_TOPIC_SOURCES, summaries);
        Quality q1 = quality(indexed, round1);
        System.out.println("Topic sources, run 1: " + q1);
        assertTrue(q1.recall() >= 0.9, "recall " + q1);
        assertTrue(q1.precision() >= 0.9, "precision " + q1);
        assertTrue(summaries.getLast().leftOffTopic() >= 1, "left out: " + summaries.getLast().leftOffTopic());
        Map<String, Document> all = index(corpus, tmp.resolve("index-all"), TopicPolicy.ALL, summaries);
        assertEquals(round1.size(), all.size(), "--all indexes the off-topic source documents too");

        // Second run: new decisions appear; the searches run again, known documents are not re-requested.
        portals.round = 2;
        portals.clearHits();
        SourcesSummary second = crawl(corpus);
        List<PortalServers.Hit> run2 = portals.hits();
        Set<String> known = new HashSet<>();
        round1.forEach(c -> known.add(portals.documentUrl(c)));
        for (PortalServers.Hit h : run2) {
            assertFalse(known.contains(base(h) + h.target()), "re-requested a known document: " + h.target());
        }
        List<PortalCase> fresh = portals.cases(c -> c.round() == 2 && c.fetchable());
        assertEquals(fresh.size(), second.fetched(), second.sources().toString());
        assertTrue(source(second, "nrwe").known() >= 6, "known skipped: " + source(second, "nrwe"));
        Map<String, Document> after = index(corpus, tmp.resolve("index"), TopicPolicy.ON_TOPIC_SOURCES, summaries);
        List<PortalCase> both = new ArrayList<>(round1);
        both.addAll(fresh);
        Quality q2 = quality(after, both);
        System.out.println("Topic sources, run 2: " + q2);
        for (PortalCase c : fresh) {
            assertTrue(!c.topic() || after.containsKey(portals.documentUrl(c)), "new on-topic document indexed: " + c.id());
        }
        assertTrue(q2.recall() >= 0.9 && q2.precision() >= 0.9, q2.toString());
    }

    @Test
    void a_portal_that_changed_its_format_fails_loudly() throws Exception {
        portals.brokenNrwe = true;
        portals.brokenNeuris = true;
        SourcesSummary s = crawl(tmp.resolve("corpus"));
        assertTrue(source(s, "nrwe").failure().orElseThrow().contains("#anzahlGefunden"), source(s, "nrwe").toString());
        assertTrue(source(s, "neuris").failure().orElseThrow().contains("member"), source(s, "neuris").toString());
        assertEquals(0, source(s, "nrwe").fetched());
        assertTrue(source(s, "feed").failure().isEmpty(), "the other sources still ran");
        assertTrue(source(s, "feed").fetched() > 0);
    }

    record Quality(int onTopic, int onTopicIndexed, int indexed, int indexedOnTopic) {
        double recall() {
            return onTopic == 0 ? 1 : onTopicIndexed / (double) onTopic;
        }

        double precision() {
            return indexed == 0 ? 0 : indexedOnTopic / (double) indexed;
        }

        @Override
        public String toString() {
            return "on-topic documents " + onTopic + ", of them indexed " + onTopicIndexed + " (recall "
                    + Math.round(recall() * 100) + " %); indexed " + indexed + ", of them on topic " + indexedOnTopic
                    + " (precision " + Math.round(precision() * 100) + " %)";
        }
    }

    private Quality quality(Map<String, Document> indexed, List<PortalCase> fetched) {
        Map<String, PortalCase> byUrl = fetched.stream().collect(Collectors.toMap(portals::documentUrl, c -> c));
        int onTopic = (int) fetched.stream().filter(PortalCase::topic).count();
        int onTopicIndexed = (int) fetched.stream().filter(c -> c.topic() && indexed.containsKey(portals.documentUrl(c))).count();
        int inIndex = (int) indexed.keySet().stream().filter(byUrl::containsKey).count();
        int inIndexOnTopic = (int) indexed.keySet().stream().filter(u -> byUrl.containsKey(u) && byUrl.get(u).topic()).count();
        assertEquals(indexed.size(), inIndex, "only fetched documents in the index: " + indexed.keySet());
        return new Quality(onTopic, onTopicIndexed, inIndex, inIndexOnTopic);
    }

    private String base(PortalServers.Hit h) {
        return portals.base(h.server());
    }
}
