package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 16 in a real headless Chromium, over the demo corpus with real rulings next to it (copied
 * from ../shared into a temporary corpus): a ruling without Rn. (OLG Brandenburg) reads at full
 * width at 1280 px, and on a 360 px phone the first result stands on the first screen, with the
 * filters behind a "Filter" toggle. Skips like the other browser tests, and without ../shared.
 */
class RealRulingsBrowserTest {

    private static final Path SHARED = Path.of(System.getProperty("tenor.shared", "../shared"), "corpora");
    /** Acceptance (issue 16): an unnumbered paragraph is at least this wide in a 1280 px window. */
    private static final int MIN_PARAGRAPH_PX = 300;

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin app;
    static WebDriver driver;
    static String unnumberedUrl;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireOrSkip();
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipping the real-rulings browser test");
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("import/real"));
        try (Stream<Path> demo = Files.walk(Path.of("corpus/demo"))) {
            for (Path f : demo.filter(Files::isRegularFile).toList()) {
                Path target = corpus.resolve(Path.of("corpus").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Files.copy(SHARED.resolve("portal-fixtures/gesp/bb_detail.html"), corpus.resolve("import/real/bb_detail.html"));
        Files.copy(SHARED.resolve("bverwg-2024-pages/html/220224U1C12.22.0.html"),
                corpus.resolve("import/real/220224U1C12.22.0.html"));
        IndexLocation location = new IndexLocation(tmp.resolve("index"));
        new IndexBuilder(location, new Extractor(), Clock.systemUTC()).build(new CorpusStore(corpus).captures(), IndexProgress.NONE);
        searcher = new Searcher(location);
        app = WebApp.create(searcher, "127.0.0.1").start(0);
        try (HttpClient http = HttpClient.newHttpClient()) {
            JsonNode hits = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(url("/api/search?court="
                    + java.net.URLEncoder.encode("OLG Brandenburg", java.nio.charset.StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("hits");
            assertEquals(1, hits.size(), "the OLG Brandenburg ruling is indexed: " + hits);
            unnumberedUrl = "/doc/" + hits.get(0).get("id").asText();
        }
        driver = HeadlessChromium.start(tmp.resolve("chrome-profile"), true);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
            searcher.close();
        }
    }

    @BeforeEach
    void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void paragraphs_without_rn_use_the_full_text_width_at_1280_px() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.get(url(unnumberedUrl));
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) js("return Array.from(document.querySelectorAll('.para'))"
                + ".filter(function (d) { return !d.querySelector('.rn'); })"
                + ".map(function (d) { return d.querySelector('p').getBoundingClientRect().width; });");
        assertTrue(widths.size() >= 5, "the ruling has unnumbered paragraphs: " + widths.size());
        double narrowest = widths.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
        System.out.printf("Unnumbered ruling at 1280 px: %d paragraphs, narrowest %.0f px%n", widths.size(), narrowest);
        assertTrue(narrowest >= MIN_PARAGRAPH_PX, "narrowest unnumbered paragraph " + narrowest + " px");
    }

    @Test
    void on_a_360_px_phone_the_first_result_is_on_the_first_screen_and_filters_open_behind_a_button() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        for (String path : List.of("/", "/search?q=Verlustfeststellung", "/search?q=Arbeitnehmer&city=Gelsenkirchen")) {
            driver.get(url(path));
            double top = ((Number) js("return document.querySelector('.hit').getBoundingClientRect().top")).doubleValue();
            double count = ((Number) js("return document.getElementById('hit-count').getBoundingClientRect().top")).doubleValue();
            long screen = ((Number) js("return window.innerHeight")).longValue();
            System.out.printf("360 px, %s: hit count at %.0f px, first result at %.0f px (screen %d px)%n", path, count, top, screen);
            assertTrue(top < screen, path + ": first result at " + top + " px, screen " + screen + " px");
            assertFalse(driver.findElement(By.id("facet-panel")).isDisplayed(), "filters folded away on a phone");
        }
        driver.findElement(By.id("filter-button")).click();
        assertTrue(driver.findElement(By.id("facet-panel")).isDisplayed(), "the Filter button opens the filters");
    }
}
