package dev.trustcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/** The example site in Chromium, served with the headers of its own _headers file. */
class PublishedSiteBrowserTest {


    @TempDir
    static Path folder;
    static Path site;
    static StaticHost host;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        host = StaticHost.example(folder);
        site = host.root();
        browser = Browser.start(folder.resolve("downloads"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (host != null) {
            host.close();
        }
    }

    static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void everyPageWorksUnderTheContentSecurityPolicyWithACleanConsole() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pages = pages();
        assertTrue(pages.size() >= 30);
        for (String page : pages) {
            browser.get(host.url(page).toString());
            for (LogEntry entry : Browser.console(browser)) {
                problems.add(page + ": " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theContentSecurityPolicyIsEnforcedSoTheCheckAboveCanFail() throws IOException {
        Files.writeString(site.resolve("csp-probe.html"),
                "<!DOCTYPE html><title>probe</title><script>document.title='ran'</script>");
        browser.get(host.url("csp-probe.html").toString());
        assertEquals("probe", browser.getTitle(), "an inline script must be blocked");
        assertTrue(Browser.console(browser).stream().anyMatch(e -> e.getMessage().contains("Content Security Policy")));
    }
}
