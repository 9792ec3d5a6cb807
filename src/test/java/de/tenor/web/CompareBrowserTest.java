package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An NGO compares the cities in a real headless Chromium (issue 7): the comparison view shows the
 * chart and the tables for the demo corpus, and a cell leads to exactly the rulings it counts.
 * Same setup as {@link BrowserTest}: skipped locally without Debian chromium + chromium-driver,
 * failing in CI (TENOR_REQUIRE_BROWSER=1). Saves target/screenshots/vergleich.png for the README.
 */
class CompareBrowserTest extends DemoBrowserTest {





    @Test
    void ngo_compares_cities_in_the_chart_and_opens_the_rulings_behind_a_cell() throws IOException {
        try {
            driver.get(server.url("/search?q=Verlustfeststellung"));
            driver.findElement(By.id("compare-link")).click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.urlContains("/vergleich?q=Verlustfeststellung"));

            WebElement chart = driver.findElement(By.cssSelector("#trend svg"));
            assertTrue(chart.isDisplayed(), "the trend chart is drawn");
            assertTrue(chart.getSize().getHeight() > 150, "chart has a height: " + chart.getSize());
            assertTrue(driver.findElements(By.cssSelector("#trend svg rect")).size() > 3, "bars are drawn");
            assertTrue(driver.findElement(By.id("t-city")).isDisplayed());
            // The README shows table and chart together: a taller window for this one screenshot.
            long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('trend').getBoundingClientRect().bottom + window.scrollY + 24")).longValue();
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(2400, height + 140)));
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            screenshot("vergleich.png");
            driver.manage().window().setSize(new Dimension(1280, 1000));

            WebElement cell = driver.findElement(By.cssSelector("#t-city a.cell[data-row='Gelsenkirchen'][data-outcome='won']"));
            String expected = cell.getText();
            assertTrue(Integer.parseInt(expected) > 0, "Gelsenkirchen has won Verlustfeststellung rulings");
            cell.click();
            wait.until(ExpectedConditions.urlContains("/search?"));
            String url = driver.getCurrentUrl();
            assertTrue(url.contains("city=Gelsenkirchen") && url.contains("outcome=won") && url.contains("type=ruling"), url);
            assertEquals(expected + " Treffer", driver.findElement(By.id("hit-count")).getText());
            assertTrue(driver.findElement(By.cssSelector("#facet-city input[value='Gelsenkirchen']")).isSelected());
        } catch (AssertionError | RuntimeException e) {
            screenshot("compare-browser-test-failure.png");
            throw e;
        }
    }

}
