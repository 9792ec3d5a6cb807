package de.tenor.web;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium + chromium-driver for the browser tests. Without them a test is skipped
 * locally, but fails in CI (TENOR_REQUIRE_BROWSER=1) so a broken install cannot pass silently.
 */
final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Call first in {@code @BeforeAll}: fails in CI without the browser, skips elsewhere. */
    static void requireOrSkip() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && System.getenv("TENOR_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("TENOR_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing; "
                    + "install Debian packages chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Browser test skipped: install Debian chromium and chromium-driver to run it");
        // Selenium Manager must not try the network (there is none in CI beyond package mirrors).
        System.setProperty("SE_OFFLINE", "true");
    }

    /** A headless browser with a fresh profile; the background-networking flags keep it off the closed network. */
    static WebDriver start(Path profileDir, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profileDir);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }
}
