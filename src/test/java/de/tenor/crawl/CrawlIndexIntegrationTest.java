package de.tenor.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusFile;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawl the local site into a temporary corpus, then index it: the crawled pages are searchable. */
class CrawlIndexIntegrationTest {

    @TempDir
    Path tmp;
    TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static List<SearchHit> search(Searcher searcher, String query) throws Exception {
        SearchResult result = searcher.search(SearchRequest.of(query));
        return result.hits();
    }

    @Test
    void crawled_html_pdf_and_docx_are_indexed_under_their_urls() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Crawls.run(corpus, Crawls.config(site.uri("/")).build());
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        IndexBuilder builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        CorpusStore store = new CorpusStore(corpus);

        IndexSummary summary = builder.buildIfNeeded(store.captures(), false, IndexProgress.NONE);

        assertTrue(store.list().isEmpty(), "WARC and state files are no loose sources");
        assertTrue(summary.indexed() >= 9, "indexed " + summary.indexed() + ", failures " + summary.failures());
        try (Searcher searcher = new Searcher(location)) {
            String url = site.base() + "/rulings/vg-gelsenkirchen-8-l-469-24.html";
            Document ruling = search(searcher, "Kioskaushilfe").getFirst().document();
            assertEquals(url, ruling.url());
            assertEquals(CorpusFile.idFor(url), ruling.id());
            assertEquals("Gelsenkirchen", ruling.ruling().city());
            assertEquals("8 L 469/24", ruling.ruling().docket());
            assertEquals(1, search(searcher, "Paketbotin").size(), "the mirror copy is not indexed twice");
            assertEquals(site.base() + "/rulings/canonical.html", search(searcher, "Lagerhelferin").getFirst().document().url());
            assertEquals(site.base() + "/rulings/sg-duisburg-s-31-as-370-24-er.pdf",
                    search(searcher, "Pfandflaschensammler").getFirst().document().url());
            assertEquals(1, search(searcher, "Zeitungszustellerin").size(), "DOCX served as octet-stream");
            assertEquals(1, search(searcher, "Gebäudereinigerin").size(), "ISO-8859-1 page keeps its umlauts");
            assertEquals(1, search(searcher, "Erntehelferin").size(), "page linked only from the sitemap");
            assertEquals(1, search(searcher, "Minijobberin").size(), "page linked only from the RSS feed");
        }
        assertTrue(builder.isUpToDate(store.captures()));
    }

    @Test
    void recrawl_with_a_changed_page_makes_the_index_out_of_date_and_the_rebuild_sees_the_new_text() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Crawls.run(corpus, Crawls.config(site.uri("/")).build());
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        IndexBuilder builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        CorpusStore store = new CorpusStore(corpus);
        builder.build(store.captures(), IndexProgress.NONE);

        Crawls.run(corpus, Crawls.config(site.uri("/")).build());
        assertTrue(builder.isUpToDate(store.captures()), "an unchanged re-crawl needs no rebuild");

        site.etagVersion = "v7";
        Crawls.run(corpus, Crawls.config(site.uri("/")).build());
        assertFalse(builder.isUpToDate(store.captures()));
        builder.buildIfNeeded(store.captures(), false, IndexProgress.NONE);
        try (Searcher searcher = new Searcher(location)) {
            Document etag = search(searcher, "Fassung").getFirst().document();
            assertTrue(etag.text().contains("v7"), etag.text());
        }
    }
}
