package dev.trustcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The page-quality gates of the default theme, on every page of the example served with its own _headers: zero
 * axe-core violations of WCAG 2.2 A and AA, a clean console under the Content-Security-Policy, every page with its
 * CSS and JavaScript under 60 KB, no third-party request and no web font. Screenshots of the home page at 1280 and
 * 360 px go to target/screenshots for reviewers.
 */
class QualityGatesBrowserTest {

    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final int PAGE_BUDGET = 60 * 1024;

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
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** axe-core's violations on the loaded page, for the WCAG 2.0, 2.1 and 2.2 A and AA rules. */
    static JsonNode axe() throws IOException {
        if (!Files.exists(AXE)) {
            throw new IllegalStateException("axe-core is missing: run `npm ci` in the repository (.ci/run does).");
        }
        browser.executeScript(Files.readString(AXE));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
        String json = String.valueOf(result);
        assertFalse(json.startsWith("error:"), json);
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyPageHasZeroAxeViolationsOfWcag22AAndAa() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String page : pages()) {
            browser.get(host.url(page).toString());
            for (JsonNode v : axe()) {
                violations.add(page + ": " + v.get("id").asText() + " (" + v.get("impact").asText() + "): "
                        + v.get("help").asText() + " at " + v.at("/nodes/0/target"));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void axeFindsViolationsOnABrokenPageSoTheGateCanFail() throws IOException {
        Files.writeString(site.resolve("axe-probe.html"), "<!DOCTYPE html><html><head><title>p</title></head>"
                + "<body><img src=x.png><a href=#></a><p style=color:#eee>low contrast</p></body></html>");
        browser.get(host.url("axe-probe.html").toString());
        Set<String> ids = new LinkedHashSet<>();
        axe().forEach(v -> ids.add(v.get("id").asText()));
        assertTrue(ids.containsAll(List.of("image-alt", "html-has-lang", "link-name")), ids.toString());
    }

    @Test
    void everyPageWithItsCssAndJavaScriptStaysUnder60Kb() throws IOException {
        List<String> heavy = new ArrayList<>();
        for (String page : pages()) {
            Path file = site.resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8", host.url(page).toString());
            long bytes = Files.size(file);
            List<String> assets = new ArrayList<>(doc.select("link[rel=stylesheet]").eachAttr("href"));
            assets.addAll(doc.select("script[src]").eachAttr("src"));
            for (String asset : assets) {
                Path path = asset.startsWith("/") ? site.resolve(asset.substring(1)) : file.getParent().resolve(asset);
                bytes += Files.size(path.normalize());
            }
            if (bytes >= PAGE_BUDGET) {
                heavy.add(page + ": " + bytes + " bytes");
            }
        }
        assertEquals(List.of(), heavy);
    }

    @Test
    void noPageRequestsAnotherOriginOrAWebFont() throws IOException {
        List<String> problems = new ArrayList<>();
        String origin = host.url("").toString();
        for (String page : pages()) {
            browser.get(host.url(page).toString());
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map(function (r) { return r.name; })");
            for (String url : requested) {
                if (!url.startsWith(origin)) {
                    problems.add(page + " requests " + url);
                }
            }
            Object fonts = browser.executeScript("return document.fonts.size");
            if (((Number) fonts).intValue() > 0) {
                problems.add(page + " declares " + fonts + " web font(s)");
            }
        }
        String css = Files.readString(site.resolve("assets/trustcenter.css"));
        assertFalse(css.contains("@font-face") || css.contains("@import"), "no web fonts or imports in the theme");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSubprocessorFilterNarrowsTheCompleteTable() {
        browser.get(host.url("subprocessors/index.html").toString());
        java.util.function.Supplier<Integer> visible = () -> browser.findElements(
                org.openqa.selenium.By.cssSelector("tr[data-subprocessor]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).toList().size();
        assertEquals(17, visible.get(), "the whole list shows before any filtering");
        browser.findElement(org.openqa.selenium.By.id("filter-text")).sendKeys("anthropic");
        assertEquals(1, visible.get());
        assertEquals("Showing 1 of 17 subprocessors.", browser.findElement(org.openqa.selenium.By.id("filter-count")).getText());
        browser.findElement(org.openqa.selenium.By.id("filter-text")).clear();
        browser.findElement(org.openqa.selenium.By.id("filter-text")).sendKeys(" ");
        browser.findElement(org.openqa.selenium.By.id("filter-ai")).click();
        assertEquals(3, visible.get(), "AI model providers only");
        browser.findElement(org.openqa.selenium.By.id("filter-ai")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("filter-category")))
                .selectByVisibleText("Infrastructure");
        assertEquals(4, visible.get());
        assertEquals(1, browser.findElements(org.openqa.selenium.By.cssSelector("section[data-category]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count(), "empty categories hide");
    }

    @Test
    void theFrameworkFilterNarrowsTheControlsInPlaceAndItsLinksWorkWithoutJavaScript() {
        browser.get(host.url("controls/index.html").toString());
        java.util.function.Supplier<Integer> visible = () -> browser.findElements(
                org.openqa.selenium.By.cssSelector("article.control")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).toList().size();
        assertEquals(32, visible.get(), "every control shows before any filtering");
        var euAiAct = browser.findElement(org.openqa.selenium.By.cssSelector("nav.pills a[data-framework=eu-ai-act]"));
        euAiAct.click();
        assertTrue(browser.getCurrentUrl().endsWith("controls/index.html"), "the filter stays on the page");
        assertEquals(4, visible.get());
        assertEquals("true", euAiAct.getAttribute("aria-current"));
        assertEquals("Showing 4 of 32 controls: those that map to EU AI Act.",
                browser.findElement(org.openqa.selenium.By.id("control-count")).getText());
        assertEquals(3, browser.findElements(org.openqa.selenium.By.cssSelector("section.control-group")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count(), "categories without a match hide");
        browser.findElement(org.openqa.selenium.By.cssSelector("nav.pills a[data-framework='']")).click();
        assertEquals(32, visible.get());
        // The same link is a plain page without JavaScript: the static page lists the same four controls.
        browser.get(host.url("controls/eu-ai-act/index.html").toString());
        assertEquals(4, visible.get());
    }

    @Test
    void theAnswerSearchNarrowsTheLibraryFromItsPrebuiltIndex() {
        browser.get(host.url("answers/index.html").toString());
        java.util.function.Supplier<List<String>> visible = () -> browser.findElements(
                org.openqa.selenium.By.cssSelector("li[data-answer]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).map(e -> e.getAttribute("data-answer")).toList();
        int all = visible.get().size();
        assertEquals(68, all, "every answer shows before a search");
        var query = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("answer-query")));
        // An alias, not the question: "BYOK" is only in the index, and "factor" only inside "multi-factor".
        query.sendKeys("byok");
        assertEquals(List.of("customer-managed-keys"), visible.get());
        query.clear();
        query.sendKeys("Two factor");
        assertEquals(List.of("mfa"), visible.get());
        query.clear();
        query.sendKeys("CEK-03.1");
        assertEquals(List.of("encryption-at-rest"), visible.get());
        assertEquals("Showing 1 of 68 answers.", browser.findElement(org.openqa.selenium.By.id("answer-count")).getText());
        query.clear();
        query.sendKeys("network architecture");
        assertEquals(List.of("network-segmentation"), visible.get(), "a gated answer is found by its question");
        assertEquals(1, browser.findElements(org.openqa.selenium.By.cssSelector("section.answer-domain")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count(), "domains without a match hide");
        query.clear();
        query.sendKeys(" ");
        assertEquals(all, visible.get().size());
    }

    @Test
    void theThemeFollowsTheColourSchemeAndPrintsCleanly() throws IOException {
        String css = Files.readString(site.resolve("assets/trustcenter.css"));
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
        assertTrue(Files.readString(site.resolve("assets/brand.css")).contains("--brand: #4f46e5;"));
    }

    @Test
    void screenshotsOfTheHomePageAt1280And360PixelsForReviewers() throws IOException {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        for (int width : List.of(1280, 360)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(host.url("index.html").toString());
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int) Math.min(height, 6000)));
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(shots.resolve("home-" + width + ".png"), png);
            assertTrue(png.length > 10_000);
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow, "no sideways scrolling at " + width + " px");
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    /**
     * Issue 16: the Arabic home page at 1280 and 375 px, light and dark, for reviewers (target/screenshots), and what
     * can be checked of right to left without eyes: the page runs right to left from the right edge, English blocks
     * (untranslated text) read left to right, Latin runs (hashes, emails) are isolated, the validity timeline runs
     * from right to left, nothing scrolls sideways, and dark mode is dark.
     */
    @Test
    void theArabicHomePageRunsRightToLeftInLightAndDarkAt1280And375Pixels() throws IOException {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                        List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (int width : List.of(1280, 375)) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.get(host.url("ar/index.html").toString());
                    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int) Math.min(height, 6000)));
                    Files.write(shots.resolve("ar-home-" + width + "-" + scheme + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                    String where = width + " px, " + scheme;
                    assertEquals(0L, browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                            "no sideways scrolling at " + where);
                    assertEquals("rtl", browser.executeScript("return getComputedStyle(document.body).direction"));
                    assertEquals(List.of(), browser.executeScript("return Array.from(document.querySelectorAll('[lang=en]'))"
                            + ".filter(e => getComputedStyle(e).direction !== 'ltr').map(e => e.outerHTML.slice(0, 80))"),
                            "untranslated English reads left to right at " + where);
                    Boolean brandAtRight = (Boolean) browser.executeScript("var b = document.querySelector('.brand')"
                            + ".getBoundingClientRect(), r = document.querySelector('.header-row'), row = r.getBoundingClientRect();"
                            + "return row.right - parseFloat(getComputedStyle(r).paddingRight) - b.right < 2"
                            + " && b.left - row.left > 48;");
                    assertTrue(brandAtRight, "the header starts at the right at " + where);
                    Boolean timeRunsLeft = (Boolean) browser.executeScript("var t = Array.from(document.querySelectorAll("
                            + "'.timeline .tick-label')).map(e => [Number(e.textContent), e.getBoundingClientRect().left]);"
                            + "return t.length > 1 && t.every((a, i) => i === 0 || (a[0] > t[i - 1][0]) === (a[1] < t[i - 1][1]));");
                    assertTrue(timeRunsLeft, "later years stand further left at " + where);
                    String background = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
                    assertEquals(scheme.equals("dark"), luminance(background) < 0.2, background + " at " + where);
                }
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** The relative luminance of a CSS rgb() colour, 0 for black to 1 for white. */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
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

    /** Issue 17 §E5: a printout is complete: swatches print, the filter does not, headings stay with their text. */
    @Test
    void thePrintLayoutKeepsSwatchesAndDropsTheFilter() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            browser.get(host.url("subprocessors/index.html").toString());
            assertEquals("none", browser.findElement(org.openqa.selenium.By.id("subprocessor-filter"))
                    .getCssValue("display"));
            browser.get(host.url("index.html").toString());
            Object adjust = browser.executeScript("return getComputedStyle(document.querySelector('.key'), '::before')"
                    + ".getPropertyValue('print-color-adjust')");
            assertEquals("exact", adjust, "legend swatches are printed");
            Object breakAfter = browser.executeScript("return getComputedStyle(document.querySelector('h2'))"
                    + ".getPropertyValue('break-after')");
            assertEquals("avoid", breakAfter, "no heading ends a printed page");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }
}
