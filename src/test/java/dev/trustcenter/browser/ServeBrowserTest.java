package dev.trustcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.serve.PreviewServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** `trustcenter serve` in Chromium: a saved change reloads the open page; a broken one shows an overlay. */
class ServeBrowserTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    static String overview(String headline) {
        return "---\nheadline: " + headline + "\n---\nBody.\n";
    }

    @Test
    void aSavedChangeReloadsTheOpenPageWithinASecond() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "-- content/overview.md --\n" + overview("First"));
        ChromeDriver browser = Browser.start(folder.resolve("downloads"), 1280, 900);
        try (PreviewServer server = PreviewServer.start(site.config(), 0, c -> new BuildDates(DAY, DAY), r -> { })) {
            browser.get(server.address().toString());
            assertEquals("First", browser.findElement(By.tagName("h1")).getText());
            waitForEventStream(browser);

            site.file("content/overview.md", overview("Warm-up"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> heading(d).equals("Warm-up"));
            waitForEventStream(browser);

            // The page reloads on the server's event, with no refresh by the test; the wait is generous because
            // a loaded two-core machine may be slow, and speed is measured in bench/, not here.
            site.file("content/overview.md", overview("Second"));
            // A heading read while the page reloads may belong to the old document: Chromium says so as a stale
            // element or, at times, as a generic inspector error; either way the wait reads it again.
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(20))
                    .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                    .until(d -> heading(d).equals("Second"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aChangeThatDoesNotBuildShowsAnOverlayOverTheLastGoodPage() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "-- content/overview.md --\n" + overview("Good"));
        ChromeDriver browser = Browser.start(folder.resolve("downloads"), 1280, 900);
        try (PreviewServer server = PreviewServer.start(site.config(), 0, c -> new BuildDates(DAY, DAY), r -> { })) {
            browser.get(server.address().toString());
            waitForEventStream(browser);
            site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: complaint}\n");
            String overlay = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("trustcenter-problems")).isEmpty() ? null
                            : d.findElement(By.id("trustcenter-problems")).getText());
            assertTrue(overlay.contains("content/compliance.yaml:1:39"), overlay);
            assertTrue(overlay.contains("Did you mean \"compliant\"?"), overlay);
            assertEquals("Good", heading(browser), "the last good page stays");
            browser.navigate().refresh();
            assertEquals("Good", heading(browser));
            site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: compliant}\n");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("trustcenter-problems")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    private static String heading(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The page listens once its EventSource is open. */
    private static void waitForEventStream(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "connected".equals(
                d.findElement(By.tagName("html")).getAttribute("data-live-reload")));
    }
}
