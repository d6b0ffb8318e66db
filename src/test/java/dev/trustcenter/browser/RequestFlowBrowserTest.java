package dev.trustcenter.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.sun.net.httpserver.HttpServer;
import dev.trustcenter.access.GrantIssuer;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.content.SiteLoader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** SPEC §4 end to end in Chromium: request, grant, link, watermarked download, revoke. */
class RequestFlowBrowserTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    static final String MARKER = "GATED-ORIGINAL-MARKER-5d1e";

    @TempDir
    Path folder;
    Path site;
    ChromeDriver browser;
    StaticHost host;

    @BeforeEach
    void copyTheExample() throws IOException {
        site = folder.resolve("site");
        Files.createDirectories(site);
        Files.copy(Path.of("site-config.yaml"), site.resolve("site-config.yaml"));
        for (String dir : List.of("content", "private")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                for (Path p : walk.toList()) {
                    Path target = site.resolve(p.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        browser = Browser.start(folder.resolve("downloads"), 1280, 1000);
    }

    @AfterEach
    void stop() {
        browser.quit();
        if (host != null) {
            host.close();
        }
    }

    Path build() throws IOException {
        Path out = folder.resolve("public");
        SiteBuild.Result result = SiteBuild.build(site.resolve("site-config.yaml"), Optional.of(out),
                new BuildDates(TODAY, TODAY), false);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        if (host != null) {
            host.close();
        }
        host = new StaticHost(out);
        return out;
    }

    void useEndpoint(int port) throws IOException {
        String config = Files.readString(site.resolve("site-config.yaml"))
                .replace("  delivery: mailto\n", "  delivery: endpoint\n  endpoint: http://127.0.0.1:" + port + "/requests\n");
        Files.writeString(site.resolve("site-config.yaml"), config);
    }

    void fill(String name, String email, String signature) {
        browser.findElement(By.id("f-name")).sendKeys(name);
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-company")).sendKeys("Acme Corp");
        browser.findElement(By.id("f-role")).sendKeys("Security reviewer");
        browser.findElement(By.id("f-purpose")).sendKeys("Vendor assessment for a pilot");
        browser.findElement(By.cssSelector("input[name=doc][value=soc2-type2-2026]")).click();
        browser.findElement(By.id("f-signature")).sendKeys(signature);
        browser.findElement(By.id("f-accept")).click();
    }

    void submit() {
        browser.findElement(By.cssSelector("#request-form button[type=submit]")).click();
    }

    /**
     * A form backend on loopback as many are: it allows the site's origin on a POST but answers no preflight
     * (OPTIONS gets 405), so only a CORS-simple request gets through. It keeps each body and answers {@code status}.
     */
    static HttpServer endpoint(BlockingQueue<String> received, int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/requests", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                received.add(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
        return server;
    }

    static HttpServer endpoint(BlockingQueue<String> received) throws IOException {
        return endpoint(received, 204);
    }

    @Test
    void theFormPostsJsonThatConformsToThePublishedSchemaThenShowsThanks() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
        HttpServer server = endpoint(received);
        try {
            useEndpoint(server.getAddress().getPort());
            Path out = build();
            browser.get(host.url("request-access/").toString());
            fill("Jane Doe", "jane.doe@acme-corp.com", "jane doe");
            submit();
            String delivered = received.poll(10, TimeUnit.SECONDS);
            assertTrue(delivered != null, "the endpoint received the request, with no preflight");
            assertTrue(delivered.startsWith("text/plain"), "a CORS-simple request: " + delivered);
            String body = delivered.substring(delivered.indexOf('\n') + 1);
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    Files.readString(out.resolve("request-access/request.schema.json")),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            JsonNode request = new ObjectMapper().readTree(body);
            assertEquals(java.util.Set.of(), schema.validate(request));
            assertEquals("2026.1", request.at("/nda/version").asText());
            assertEquals("soc2-type2-2026", request.at("/documents/0/id").asText());
            assertTrue(request.get("accepted_at").asText().endsWith("Z"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/thanks/index.html"));
            assertEquals("Request sent", browser.findElement(By.tagName("h1")).getText());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNetworkFailureShowsTheErrorAndKeepsTheAnswers() throws Exception {
        HttpServer server = endpoint(new ArrayBlockingQueue<>(1));
        int port = server.getAddress().getPort();
        server.stop(0);
        useEndpoint(port);
        build();
        browser.get(host.url("request-access/index.html").toString());
        fill("Jane Doe", "jane.doe@acme-corp.com", "Jane Doe");
        submit();
        WebElement errors = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("form-errors")).isDisplayed() ? d.findElement(By.id("form-errors")) : null);
        assertTrue(errors.getText().contains("was not sent: the server could not be reached"), errors.getText());
        assertEquals("jane.doe@acme-corp.com", browser.findElement(By.id("f-email")).getAttribute("value"));
        assertTrue(browser.getCurrentUrl().contains("request-access/index.html"));
        assertTrue(browser.findElement(By.cssSelector("#form-errors a[href^='mailto:']")).isDisplayed(),
                "the same request can go by email instead");
    }

    @Test
    void aServerErrorSaysWhatHappenedAndOffersEmail() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(1);
        HttpServer server = endpoint(received, 500);
        try {
            useEndpoint(server.getAddress().getPort());
            build();
            browser.get(host.url("request-access/index.html").toString());
            fill("Jane Doe", "jane.doe@acme-corp.com", "Jane Doe");
            submit();
            WebElement errors = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    d.findElement(By.id("form-errors")).isDisplayed() ? d.findElement(By.id("form-errors")) : null);
            assertTrue(errors.getText().contains("the server answered with an error (HTTP 500"), errors.getText());
            assertFalse(errors.getText().contains("Please fix"), "nothing is wrong with the answers: " + errors.getText());
            String href = browser.findElement(By.cssSelector("#form-errors a[href^='mailto:']")).getAttribute("href");
            assertTrue(href.contains("%0D%0A") && !href.replace("%0D%0A", "").contains("%0A"),
                    "RFC 6068 line breaks: " + href);
            assertEquals("Jane Doe", browser.findElement(By.id("f-name")).getAttribute("value"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAddressThatTheSchemaRefusesIsRefusedByTheForm() throws IOException {
        build();
        for (String address : List.of("jane@acme_corp.com", "jane@acme.com.")) {
            browser.get(host.url("request-access/").toString());
            fill("Jane Doe", address, "Jane Doe");
            submit();
            WebElement errors = browser.findElement(By.id("form-errors"));
            assertTrue(errors.isDisplayed() && errors.getText().contains("Please enter your work email address"),
                    address + ": " + errors.getText());
        }
        browser.get(host.url("request-access/").toString());
        fill("Jane Doe", "security@company.example", "Jane Doe");
        submit();
        assertFalse(browser.findElement(By.id("form-errors")).getText().contains("work email address"),
                "a reserved or new top-level domain is fine");
    }

    @Test
    void aBlockedDomainAndANameMismatchEachShowAnAccessibleError() throws IOException {
        build();
        browser.get(host.url("request-access/").toString());
        fill("Jane Doe", "jane.doe@gmail.com", "Jane Doe");
        submit();
        WebElement errors = browser.findElement(By.id("form-errors"));
        assertTrue(errors.isDisplayed());
        assertEquals("assertive", errors.getAttribute("aria-live"));
        assertTrue(errors.getText().contains("requests from gmail.com addresses cannot be accepted"), errors.getText());
        assertEquals("f-email", browser.switchTo().activeElement().getAttribute("id"), "focus on the first error");
        assertEquals("true", browser.findElement(By.id("f-email")).getAttribute("aria-invalid"));

        browser.findElement(By.id("f-email")).clear();
        browser.findElement(By.id("f-email")).sendKeys("jane.doe@acme-corp.com");
        browser.findElement(By.id("f-signature")).clear();
        browser.findElement(By.id("f-signature")).sendKeys("John Smith");
        submit();
        assertTrue(browser.findElement(By.id("form-errors")).getText()
                .contains("The name you typed to sign (John Smith) must match your full name (Jane Doe)."));
        assertEquals("f-signature", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void mailtoDeliveryComposesAnEmailWithEveryFieldAndTheNda() throws IOException {
        build();
        browser.get(host.url("request-access/").toString());
        fill("Jane Doe", "jane.doe@acme-corp.com", "Jane Doe");
        submit();
        String href = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("mailto-composed"))).getAttribute("href");
        assertTrue(href.startsWith("mailto:trust@northwind.ai?subject="), href);
        String subject = URLDecoder.decode(href.substring(href.indexOf("subject=") + 8, href.indexOf("&body=")),
                StandardCharsets.UTF_8);
        String body = URLDecoder.decode(href.substring(href.indexOf("&body=") + 6), StandardCharsets.UTF_8);
        assertEquals("Request for security documents from Northwind AI: Acme Corp", subject);
        for (String expected : List.of("Name: Jane Doe", "Work email: jane.doe@acme-corp.com", "Company: Acme Corp",
                "Role: Security reviewer", "Purpose: Vendor assessment for a pilot", "(soc2-type2-2026, SHA-256 ",
                "version 2026.1 (SHA-256 239d0c0d28a0ba6bf2f2666991d9bae78d0d74c1bc47958a6484b3b94b17da49)",
                "Signed: Jane Doe", "Accepted at: 20")) {
            assertTrue(body.contains(expected), expected + " in\n" + body);
        }
        String noScript = browser.findElement(By.id("mailto-fallback")).getAttribute("href");
        assertTrue(URLDecoder.decode(noScript, StandardCharsets.UTF_8).contains("version 2026.1"),
                "without JavaScript a structured mailto link remains");
    }

    @Test
    void queryParametersPrefillTheFormForASalesLink() throws IOException {
        build();
        browser.get(host.url("request-access/index.html?name=Jane%20Doe&email=jane%40acme-corp.com&company=Acme"
                + "&doc=soc2-type2-2026&doc=pentest-summary-2026&policy=access-control").toString());
        assertEquals("Jane Doe", browser.findElement(By.id("f-name")).getAttribute("value"));
        assertEquals("jane@acme-corp.com", browser.findElement(By.id("f-email")).getAttribute("value"));
        assertEquals("Acme", browser.findElement(By.id("f-company")).getAttribute("value"));
        List<String> checked = browser.findElements(By.cssSelector("#request-form input[type=checkbox]:checked")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertEquals(List.of("soc2-type2-2026", "pentest-summary-2026", "access-control"), checked);
    }

    @Test
    void aGrantLinkDecryptsInTheBrowserAndEveryPageCarriesTheWatermark() throws Exception {
        Files.writeString(site.resolve("private/marker.txt"), MARKER + "\n");
        Files.writeString(site.resolve("content/documents.yaml"), Files.readString(site.resolve("content/documents.yaml"))
                + "- {id: marker, title: Marker file, access: gated, file: marker.txt}\n");
        Files.writeString(site.resolve("content/compliance.yaml"), Files.readString(site.resolve("content/compliance.yaml"))
                .replace("documents: [soc2-type2-2026, soc2-bridge-2026, pentest-summary-2026]",
                        "documents: [soc2-type2-2026, soc2-bridge-2026, pentest-summary-2026, marker]"));
        // The viewer checks expiry against the browser's clock, so the grant is issued today; the site is built as of
        // the example's own date, when its content holds.
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        var loaded = new SiteLoader().load(site.resolve("site-config.yaml"));
        var issued = GrantIssuer.issue(loaded.trustCenter().orElseThrow(), new dev.trustcenter.model.SiteLayout(site), new GrantIssuer.Request(
                List.of("soc2-type2-2026", "marker"), "jane.doe@acme-corp.com", "Jane Doe", "Acme Corp", Optional.empty(),
                Optional.of("Deal 4711"), false), today, "test@northwind.ai");
        // A build publishes a grant from its day of issue on; this one is built as of the example's date, so the
        // public index dates it to that day (its bundle, which the viewer reads, still expires 30 days from today).
        Path index = site.resolve("grants/index.yaml");
        Files.writeString(index, Files.readString(index).replace("issued: " + today, "issued: " + TODAY));
        Path out = build();
        String id = issued.grant().id();
        String key = issued.link().substring(issued.link().indexOf('#') + 1);

        browser.get(host.url("access/" + id + "/#" + key).toString());
        // A grant made by sales asks for the NDA first: its text is shown, and nothing is decrypted before acceptance.
        WebElement gate = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("viewer-nda-gate")));
        assertTrue(gate.getText().contains("Northwind AI Mutual Confidentiality Agreement for Security Reviews")
                && gate.getText().contains("Version 2026.1") && gate.getText().contains("the Recipient"), gate.getText());
        assertTrue(gate.getText().contains("239d0c0d28a0ba6bf2f2666991d9bae78d0d74c1bc47958a6484b3b94b17da49"));
        browser.findElement(By.cssSelector("#viewer-accept button[type=submit]")).click();
        assertTrue(browser.findElements(By.cssSelector("#viewer-files a")).isEmpty(), "not without ticking the box");
        browser.findElement(By.id("viewer-accept-box")).click();
        browser.findElement(By.cssSelector("#viewer-accept button[type=submit]")).click();
        WebElement download = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#viewer-files a[download='soc2-type2-2026.pdf']")));
        assertTrue(browser.findElement(By.id("viewer-recipient")).getText().startsWith("Jane Doe"));
        assertEquals(today.plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH)), browser.findElement(By.id("viewer-expires")).getText());
        assertTrue(browser.findElement(By.id("viewer-nda")).getText().contains("accepted on this page"));
        Boolean inside = (Boolean) browser.executeScript("var v = document.getElementById('viewer').getBoundingClientRect();"
                + "return Array.from(document.querySelectorAll('#viewer-files .document, #viewer-files code'))"
                + ".every(function (e) { var r = e.getBoundingClientRect(); return r.right <= v.right + 1; });");
        assertTrue(inside, "at 1280 px every file card and hash stays inside the viewer");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "nothing overflows at 375 px: " + overflow);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        assertFalse(browser.getCurrentUrl().contains(key), "the key leaves the address bar once read");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; })");
        assertTrue(requested.stream().noneMatch(url -> url.contains(key)), "no request carries the key: " + requested);
        String assets = host.url("assets/").toString();
        assertTrue(requested.stream().allMatch(url -> url.startsWith(assets)),
                "the viewer loads only the theme's own assets, and fetches nothing to decrypt: " + requested);
        download.click();
        Path pdf = folder.resolve("downloads/soc2-type2-2026.pdf");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Files.exists(pdf) && size(pdf) > 0);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(4, document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("Jane Doe") && text.contains(id), "page " + page + " carries the watermark");
            }
        }

        // Nothing confidential is published: no marker, and no copy of any original.
        List<String> originals = List.of(sha256(Files.readAllBytes(site.resolve("private/marker.txt"))),
                sha256(Files.readAllBytes(site.resolve("private/soc2-type2-2026.pdf"))),
                sha256(Files.readAllBytes(site.resolve("private/soc2-bridge-2026.pdf"))),
                sha256(Files.readAllBytes(site.resolve("private/pentest-summary-2026.pdf"))));
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(MARKER), file + " leaks the marker");
                assertFalse(originals.contains(sha256(bytes)), file + " is a copy of a gated original");
            }
        }
    }

    @Test
    void theViewerRefusesALinkPastItsExpiryEvenIfAStaleCopyIsStillServed() throws Exception {
        // Issued and built on dates when the example holds, and expired long before any day this test runs.
        LocalDate longAgo = LocalDate.parse("2026-11-10");
        var loaded = new SiteLoader().load(site.resolve("site-config.yaml"));
        var issued = GrantIssuer.issue(loaded.trustCenter().orElseThrow(), new dev.trustcenter.model.SiteLayout(site), new GrantIssuer.Request(
                List.of("soc2-bridge-2026"), "jane.doe@acme-corp.com", "Jane Doe", "Acme Corp", Optional.of(2),
                Optional.empty(), false, dev.trustcenter.model.Grant.NdaAcceptance.AGREEMENT, Optional.of("MNDA 2025-03-01")),
                longAgo, "test@northwind.ai");
        Path out = folder.resolve("stale");
        LocalDate built = longAgo.plusDays(1);
        assertTrue(SiteBuild.build(site.resolve("site-config.yaml"), Optional.of(out), new BuildDates(built, built),
                false).ok(), "built while the grant was active");
        host = new StaticHost(out);
        browser.get(host.url("access/" + issued.grant().id() + "/").toString() + issued.link().substring(
                issued.link().indexOf('#')));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("viewer-status")).getText()
                .startsWith("This link expired on " + longAgo.plusDays(2).format(java.time.format.DateTimeFormatter
                        .ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))));
        assertTrue(browser.findElements(By.cssSelector("#viewer-files a")).isEmpty());
    }

    @Test
    void aGrantInArabicOpensAViewerInArabicAtTheSameAddress() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        var loaded = new SiteLoader().load(site.resolve("site-config.yaml"));
        var issued = GrantIssuer.issue(loaded.trustCenter().orElseThrow(), new dev.trustcenter.model.SiteLayout(site),
                new GrantIssuer.Request(List.of("soc2-bridge-2026"), "jane.doe@acme-corp.com", "Jane Doe", "Acme Corp",
                        Optional.empty(), Optional.empty(), false, dev.trustcenter.model.Grant.NdaAcceptance.AGREEMENT,
                        Optional.of("MNDA 2025-03-01"), Optional.of("ar")), today, "test@northwind.ai");
        Path index = site.resolve("grants/index.yaml");
        Files.writeString(index, Files.readString(index).replace("issued: " + today, "issued: " + TODAY));
        build();
        assertTrue(issued.link().contains("/access/" + issued.grant().id() + "/#"), "the link is the usual address");
        browser.get(host.url("access/" + issued.grant().id() + "/").toString()
                + issued.link().substring(issued.link().indexOf('#')));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#viewer-files a"))
                .isEmpty());
        assertEquals("ar", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("مستندات سرية", browser.findElement(By.tagName("h1")).getText());
        String status = browser.findElement(By.id("viewer-status")).getText();
        assertTrue(status.startsWith("شاركتها Northwind AI مع Jane Doe حتى "), status);
        assertEquals("الإصدار 2026.1، تشملها MNDA 2025-03-01", browser.findElement(By.id("viewer-nda")).getText());
        assertTrue(browser.findElement(By.cssSelector("#viewer-files a")).getText().startsWith("تنزيل "));
        // Its navigation leads to the Arabic pages; its assets are the site's own.
        assertTrue(browser.findElement(By.cssSelector(".site-header nav a")).getAttribute("href").contains("/ar/"));
    }

    @Test
    void aWrongOrMissingKeyShowsAClearMessage() throws Exception {
        var loaded = new SiteLoader().load(site.resolve("site-config.yaml"));
        var issued = GrantIssuer.issue(loaded.trustCenter().orElseThrow(), new dev.trustcenter.model.SiteLayout(site), new GrantIssuer.Request(
                List.of("soc2-bridge-2026"), "jane.doe@acme-corp.com", "Jane Doe", "Acme Corp", Optional.empty(),
                Optional.empty(), false, dev.trustcenter.model.Grant.NdaAcceptance.AGREEMENT, Optional.of("MNDA 2025-03-01")),
                TODAY, "test@northwind.ai");
        build();
        String page = host.url("access/" + issued.grant().id() + "/").toString();
        browser.get(page + "#" + "A".repeat(43));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("viewer-status")).getText()
                .startsWith("This key does not open these documents."));
        browser.get("about:blank");
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("viewer-status")).getText()
                .startsWith("This link is missing its key"));
        assertTrue(browser.findElements(By.cssSelector("#viewer-files a")).isEmpty());
    }

    @Test
    void afterARevokeAndARebuildTheGrantsAddressIsGone() throws Exception {
        var loaded = new SiteLoader().load(site.resolve("site-config.yaml"));
        var issued = GrantIssuer.issue(loaded.trustCenter().orElseThrow(), new dev.trustcenter.model.SiteLayout(site), new GrantIssuer.Request(
                List.of("soc2-bridge-2026"), "jane.doe@acme-corp.com", "Jane Doe", "Acme Corp", Optional.of(5),
                Optional.empty(), false), TODAY, "test@northwind.ai");
        build();
        URI address = host.url("access/" + issued.grant().id() + "/");
        assertEquals(200, status(address));
        var run = dev.trustcenter.cli.CommandLineTestAccess.run("revoke", "-c", site.resolve("site-config.yaml").toString(),
                issued.grant().id());
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(new dev.trustcenter.model.SiteLayout(site).bundle(issued.grant().id())));
        build();
        assertEquals(404, status(host.url("access/" + issued.grant().id() + "/")));
    }

    static int status(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
