package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.ScaleCorpus;
import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexLocation;
import de.tenor.index.TestIndex;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: searches run their segment slices on several threads. An index of many segments (many
 * slices) must give exactly what the same documents in one segment give, and the time limit must
 * reach the slices that run on other threads.
 */
class ParallelSlicesTest {

    @TempDir
    static Path dir;
    static Searcher oneSegment;
    static Searcher manySegments;

    @BeforeAll
    static void index() throws IOException {
        ScaleCorpus corpus = new ScaleCorpus(7);
        List<Document> docs = IntStream.range(0, 600).mapToObj(corpus::document).toList();
        IndexLocation one = new IndexLocation(dir.resolve("one"));
        IndexLocation many = new IndexLocation(dir.resolve("many"));
        TestIndex.publish(one, docs);
        TestIndex.publish(many, docs, 10); // 60 segments: IndexSearcher makes 12 slices of 5
        oneSegment = new Searcher(one);
        manySegments = new Searcher(many);
    }

    @AfterAll
    static void close() throws IOException {
        oneSegment.close();
        manySegments.close();
    }

    @Test
    void many_slices_give_the_same_hits_totals_and_facet_counts_as_one_segment() throws IOException {
        List<SearchRequest> requests = List.of(
                SearchRequest.of("Verlustfeststellung"),
                SearchRequest.of("Arbeitnehmer Minijob"),
                SearchRequest.of("\"aufschiebende Wirkung\""),
                new SearchRequest("Freizügigkeit", Map.of(Facet.OUTCOME, List.of("won", "partial")), null, null, null, 2, 10),
                new SearchRequest("", Map.of(Facet.CITY, List.of("Gelsenkirchen")), null, null, SortOrder.DATE, 1, 20));
        for (SearchRequest r : requests) {
            SearchResult a = oneSegment.search(r);
            SearchResult b = manySegments.search(r);
            assertTrue(a.total() > 0, "the request finds something: " + r);
            assertEquals(a.total(), b.total(), r.toString());
            assertEquals(ids(a), ids(b), r.toString());
            assertEquals(a.facets(), b.facets(), r.toString());
        }
    }

    /**
     * Issue 21: filtered searches run drill sideways as separate queries on the pool, and many
     * matches have their facet values counted segment by segment there. Totals and facet counts (a
     * selected dimension counted without its own filter) must be what Lucene's one-pass drill
     * sideways counts on the same index: through the {@link Searcher}, and with parallel counting
     * forced on for every search (this corpus is below its threshold).
     */
    @Test
    void filtered_searches_count_facets_as_one_pass_drill_sideways_does() throws Exception {
        List<SearchRequest> requests = List.of(
                new SearchRequest("Freizügigkeit", Map.of(Facet.OUTCOME, List.of("won", "partial")), null, null, null, 1, 10),
                new SearchRequest("Arbeitnehmer Minijob", Map.of(Facet.CITY, List.of("Gelsenkirchen", "Duisburg"),
                        Facet.TYPE, List.of("ruling")), null, null, null, 1, 10),
                new SearchRequest("", Map.of(Facet.CITY, List.of("Gelsenkirchen"), Facet.OUTCOME, List.of("lost")), null, null,
                        SortOrder.DATE, 1, 20),
                SearchRequest.of("Verlustfeststellung"));
        RequestQuery requestQuery = new RequestQuery(QueryFactory.standard(), DocumentMapper.facetsConfig());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexLocation(dir.resolve("many")).current().orElseThrow()))) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.facetsConfig());
            DrillSideways onePass = new DrillSideways(new IndexSearcher(reader), DocumentMapper.facetsConfig(), state);
            for (SearchRequest r : requests) {
                DrillSideways.DrillSidewaysResult expected = onePass.search(requestQuery.filtered(r), 10);
                DrillSideways.DrillSidewaysResult pooled = new PooledDrillSideways(new IndexSearcher(reader),
                        DocumentMapper.facetsConfig(), state, pool, !r.filters().isEmpty(), 0).search(requestQuery.filtered(r), 10);
                SearchResult actual = manySegments.search(r);
                assertTrue(actual.total() > 0, "the request finds something: " + r);
                assertEquals(expected.hits.totalHits.value(), actual.total(), r.toString());
                assertEquals(expected.hits.totalHits.value(), pooled.hits.totalHits.value(), r.toString());
                for (Facet facet : Facet.values()) {
                    Map<String, Integer> want = counts(expected.facets, facet);
                    assertEquals(want, counts(pooled.facets, facet), facet + " counted on the pool, " + r);
                    Map<String, Integer> got = new java.util.TreeMap<>();
                    actual.facets().get(facet).stream().filter(c -> c.count() > 0).forEach(c -> got.put(c.value(), c.count()));
                    assertEquals(want, got, facet + " of " + r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Integer> counts(Facets facets, Facet facet) throws IOException {
        Map<String, Integer> out = new java.util.TreeMap<>();
        FacetResult counted;
        try {
            counted = facets.getTopChildren(1000, facet.field());
        } catch (IllegalArgumentException e) {
            return out; // a dimension this small corpus never indexed
        }
        if (counted != null) {
            for (LabelAndValue lv : counted.labelValues) {
                out.put(lv.label, lv.value.intValue());
            }
        }
        return out;
    }

    @Test
    void slices_on_other_threads_carry_the_searchs_remaining_time() throws Exception {
        QueryDeadline deadline = new QueryDeadline();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            AtomicBoolean expiredInWorker = new AtomicBoolean();
            AtomicBoolean leftOver = new AtomicBoolean(true);
            deadline.start(Duration.ofNanos(1));
            useUpCpu(Duration.ofMillis(2)); // the deadline's clock is this thread's CPU time: spend it past 1 ns
            deadline.carryingDeadline(pool).execute(() -> expiredInWorker.set(deadline.shouldExit()));
            deadline.stop();
            deadline.carryingDeadline(pool).execute(() -> leftOver.set(deadline.shouldExit()));
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertTrue(expiredInWorker.get(), "the worker sees the submitting search's deadline");
            assertFalse(leftOver.get(), "a task submitted without a deadline is not limited by an earlier one");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_search_over_many_slices_stops_at_the_time_limit() throws IOException {
        try (Searcher hurried = new Searcher(new IndexLocation(dir.resolve("many")), Duration.ofNanos(1))) {
            InvalidQueryException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                    () -> hurried.search(SearchRequest.of("Verlustfeststellung")));
            assertTrue(e.getMessage().contains("abgebrochen"), e.getMessage());
        }
    }

    @Test
    void a_filtered_search_stops_at_the_time_limit_too() throws IOException {
        // Filtered searches run their drill-sideways queries as tasks on the pool, which wraps what they throw.
        try (Searcher hurried = new Searcher(new IndexLocation(dir.resolve("many")), Duration.ofNanos(1))) {
            SearchRequest filtered = new SearchRequest("Verlustfeststellung", Map.of(Facet.CITY, List.of("Gelsenkirchen"),
                    Facet.OUTCOME, List.of("won")), null, null, null, 1, 10);
            InvalidQueryException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                    () -> hurried.search(filtered));
            assertTrue(e.getMessage().contains("abgebrochen"), e.getMessage());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.document().id()).toList();
    }

    /** Busy-works until this thread's CPU clock (the one {@link QueryDeadline} reads) has advanced by {@code amount}. */
    private static void useUpCpu(Duration amount) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long start = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        while ((cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start < amount.toNanos()) {
            Thread.onSpinWait();
        }
    }
}
