package de.tenor.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test starts from: the real app over the demo corpus on a free port and one
 * headless Chromium with JavaScript (see {@link HeadlessChromium} for skip/fail rules). Test
 * classes run one after another, so the static fields belong to the class that is running.
 */
abstract class DemoBrowserTest {

    @TempDir
    static Path tmp;
    static DemoServer server;
    static WebDriver driver;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        HeadlessChromium.requireOrSkip();
        server = new DemoServer(tmp.resolve("index"));
        driver = HeadlessChromium.start(tmp.resolve("chrome-profile"), true);
    }

    @AfterAll
    static void stopServerAndBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Saves what the browser shows as target/screenshots/{name}; the README's pictures are copied from there. */
    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
