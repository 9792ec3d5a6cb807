package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A legal advisor's first search in a real headless Chromium (Debian chromium + chromium-driver,
 * installed by .ci/run). Without them the test is skipped locally, but fails in CI
 * (TENOR_REQUIRE_BROWSER=1) so a broken install cannot pass silently.
 */
class BrowserTest extends DemoBrowserTest {





    @Test
    void advisor_searches_ticks_a_city_and_opens_a_ruling() throws IOException {
        try {
            driver.get(server.url("/"));
            WebElement box = driver.findElement(By.id("q"));
            box.sendKeys("Verlustfeststellung Minijob", Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.urlContains("q=Verlustfeststellung"));
            String before = driver.findElement(By.id("hit-count")).getText();
            assertTrue(before.matches("\\d+ Treffer"), "hit count shown: " + before);

            // Tick "Gelsenkirchen" in the city facet; the form submits on change.
            WebElement city = driver.findElement(By.cssSelector("#facet-city input[value='Gelsenkirchen']"));
            driver.findElement(By.cssSelector("label[for='" + city.getAttribute("id") + "']")).click();
            wait.until(ExpectedConditions.urlContains("city=Gelsenkirchen"));
            String after = driver.findElement(By.id("hit-count")).getText();
            assertNotEquals(before, after, "ticking a city changes the hit count");
            assertTrue(driver.findElement(By.cssSelector("#facet-city input[value='Gelsenkirchen']")).isSelected());
            screenshot("search-gelsenkirchen.png");

            // The first ruling (news items have no Tenor).
            WebElement first = driver.findElement(By.xpath(
                    "//li[contains(@class,'hit')][.//span[@class='kind' and text()='Entscheidung']]//h3/a"));
            String title = first.getText();
            first.click();
            wait.until(ExpectedConditions.urlContains("/doc/"));
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.id("tenor-h")).isDisplayed(), "the ruling page shows the Tenor");
            assertTrue(driver.getPageSource().contains("Gelsenkirchen"));
            screenshot("ruling-page.png");
        } catch (AssertionError | RuntimeException e) {
            screenshot("browser-test-failure.png");
            throw e;
        }
    }

}
