package dev.trustcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.render.HtmlValidityTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 17 §E: the example in other brand colours, light and dark. Teal (#0f766e, the colour a user reported at
 * 4.48:1 on a tinted notice) passes the Nu checker and axe on every page; the others pass axe where the brand
 * colour is used most. Screenshots of the teal site at 375 and 1280 px go to target/screenshots.
 */
class BrandColoursBrowserTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final List<String> BRAND_PAGES = List.of("index.html", "subprocessors/index.html",
            "request-access/index.html", "compliance/index.html", "documents/index.html", "404.html");

    @TempDir
    static Path folder;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(folder.resolve("downloads"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The example with another brand colour, built as of its date. */
    static Path build(String colour) throws IOException {
        Path site = TestSite.copyOfExample(folder.resolve("site-" + colour.substring(1)));
        Path config = site.resolve("site-config.yaml");
        Files.writeString(config, Files.readString(config).replaceAll("brand_color: \"#[0-9a-fA-F]{6}\"",
                "brand_color: \"" + colour + "\""));
        assertTrue(Files.readString(config).contains(colour));
        Path out = site.resolve("public");
        var result = SiteBuild.build(config, Optional.of(out), new BuildDates(DAY, DAY), false);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return out;
    }

    static List<String> pages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    static List<String> axe(StaticHost host, List<String> pages) throws IOException {
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.get(host.url(page).toString());
            browser.executeScript(Files.readString(QualityGatesBrowserTest.AXE));
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: "
                    + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
                    + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
            for (JsonNode v : new ObjectMapper().readTree(String.valueOf(result))) {
                violations.add(page + ": " + v.get("id").asText() + " at " + v.at("/nodes/0/target"));
            }
        }
        return violations;
    }

    @Test
    void aTealSitePassesTheNuCheckerAndAxeOnEveryPage() throws Exception {
        Path out = build("#0f766e");
        List<String> invalid = new ArrayList<>();
        for (String page : pages(out)) {
            HtmlValidityTest.errors(Files.readAllBytes(out.resolve(page))).forEach(e -> invalid.add(page + ":" + e));
        }
        assertEquals(List.of(), invalid);
        try (StaticHost host = new StaticHost(out)) {
            assertEquals(List.of(), axe(host, pages(out)));
            Path shots = Path.of("target/screenshots");
            Files.createDirectories(shots);
            for (int width : List.of(375, 1280)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                for (String page : List.of("index.html", "subprocessors/index.html")) {
                    browser.get(host.url(page).toString());
                    Long overflow = (Long) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertTrue(overflow <= 0, page + " overflows at " + width + " px by " + overflow);
                    Files.write(shots.resolve("teal-" + page.replace("/index.html", "").replace(".html", "") + "-" + width
                            + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                }
            }
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"#fbbf24", "#22c55e", "#0ea5e9", "#1e3a8a", "#111827"})
    void lightAndDarkBrandColoursPassAxeWhereTheBrandIsUsed(String colour) throws Exception {
        Path out = build(colour);
        try (StaticHost host = new StaticHost(out)) {
            assertEquals(List.of(), axe(host, BRAND_PAGES));
        }
    }

    /** Issue 17 §E3: at 375 px every field of a subprocessor is on screen, labelled. */
    @Test
    void everySubprocessorFieldIsVisibleAt375Pixels() throws Exception {
        Path out = build("#4f46e5");
        try (StaticHost host = new StaticHost(out)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 900));
            browser.get(host.url("subprocessors/index.html").toString());
            var row = browser.findElement(org.openqa.selenium.By.cssSelector("tr[data-subprocessor]"));
            for (var cell : row.findElements(org.openqa.selenium.By.cssSelector("td"))) {
                if (cell.getText().isEmpty()) {
                    continue;
                }
                assertTrue(cell.isDisplayed(), cell.getAttribute("data-label"));
                var rect = cell.getRect();
                assertTrue(rect.getX() >= 0 && rect.getX() + rect.getWidth() <= 375,
                        cell.getAttribute("data-label") + " is on screen: " + rect);
            }
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
