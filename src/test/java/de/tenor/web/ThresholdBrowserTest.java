package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An advisor opens the threshold view in a real headless Chromium (issue 11): the scatter chart is
 * drawn with its marks, and a mark leads to its ruling, whose page shows the facts and the court's
 * sentence. Same setup as {@link BrowserTest}: skipped locally without Debian chromium +
 * chromium-driver, failing in CI (TENOR_REQUIRE_BROWSER=1). Saves target/screenshots/schwellen.png
 * for the README.
 */
class ThresholdBrowserTest extends DemoBrowserTest {





    @Test
    void advisor_reads_the_threshold_chart_and_follows_a_mark_to_its_ruling() throws IOException {
        try {
            driver.get(server.url("/search?q=Minijob"));
            driver.findElement(By.id("threshold-link")).click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.urlContains("/schwellen?q=Minijob"));

            WebElement chart = driver.findElement(By.cssSelector("#threshold svg.scatter"));
            assertTrue(chart.isDisplayed(), "the scatter chart is drawn");
            assertTrue(chart.getSize().getHeight() > 200, "chart has a height: " + chart.getSize());
            List<WebElement> marks = driver.findElements(By.cssSelector("#threshold svg a.mark"));
            assertTrue(marks.size() > 5, "marks are drawn: " + marks.size());
            assertTrue(driver.findElements(By.cssSelector("#threshold svg a.mark circle")).size() > 0, "affirmed: circles");
            assertTrue(driver.findElements(By.cssSelector("#threshold svg a.mark polygon")).size() > 0, "denied/open: squares, triangles");
            assertTrue(driver.findElement(By.id("city-lines")).getText().contains("Arbeitnehmereigenschaft bejaht ab"));
            assertTrue(driver.findElement(By.id("threshold-table")).isDisplayed(), "the same data as a table");
            screenshotOf("threshold");

            WebElement mark = driver.findElement(By.cssSelector("#threshold svg a.mark.ws-affirmed"));
            String href = mark.getDomAttribute("href"); // an SVG link's href property is no string
            String tooltip = mark.findElement(By.tagName("title")).getAttribute("textContent");
            assertTrue(tooltip.contains("Std./Woche") && tooltip.contains("€/Monat") && tooltip.contains("bejaht"), tooltip);
            mark.findElement(By.tagName("circle")).click();
            wait.until(ExpectedConditions.urlContains("/doc/"));
            assertEquals(server.url(href), driver.getCurrentUrl());
            WebElement facts = driver.findElement(By.id("fakten"));
            assertTrue(facts.getText().contains("Arbeitnehmereigenschaft: bejaht"), facts.getText());
            assertTrue(driver.findElement(By.id("ws-evidence")).getText().length() > 20, "the court's sentence is quoted");
        } catch (AssertionError | RuntimeException e) {
            screenshot("threshold-browser-test-failure.png");
            throw e;
        }
    }

    @Test
    void threshold_page_has_no_serious_or_critical_axe_violations() {
        driver.get(server.url("/schwellen?q=Minijob"));
        Results results = new AxeBuilder().analyze(driver);
        assertFalse(results.isErrored(), "axe-core failed: " + results.getErrorMessage());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(rule.getImpact() + " " + rule.getId() + " – " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList());
            }
        }
        assertTrue(problems.isEmpty(), "axe-core on /schwellen:\n" + String.join("\n", problems));
    }

    /** The README shows the chart with the city lines above it: a window just tall enough for both. */
    private static void screenshotOf(String id) throws IOException {
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('" + id + "').getBoundingClientRect().bottom + window.scrollY + 24")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(2400, height + 140)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("schwellen.png");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

}
