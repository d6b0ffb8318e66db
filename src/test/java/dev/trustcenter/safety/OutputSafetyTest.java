package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.render.OutputFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §6–8: a CSP where hosts ignore _headers, https-only addresses, links read by a URI parser, safe CSV. */
class OutputSafetyTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    @Test
    void everyPageCarriesTheHeadersPolicyAsAMetaElementWithoutFrameAncestors() {
        SiteBuild.Result result = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(DAY, DAY), false);
        List<OutputFile> files = result.files().orElseThrow();
        String headers = text(files, "_headers");
        String policy = headers.lines().filter(l -> l.strip().startsWith("Content-Security-Policy:")).findFirst()
                .orElseThrow().strip().substring("Content-Security-Policy:".length()).strip();
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        String expected = policy.replace("; frame-ancestors 'none'", "");
        long pages = 0;
        for (OutputFile file : files) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            pages++;
            Element head = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8)).head();
            Element meta = head.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta != null, file.path() + " has no CSP meta");
            assertEquals(expected, meta.attr("content"), file.path());
            assertTrue(head.child(0).hasAttr("charset"), file.path());
            assertEquals(meta, head.child(1), file.path() + ": the policy comes before anything it governs");
        }
        assertTrue(pages > 20);
    }

    @Test
    void anHttpBaseUrlIsAnErrorExceptOnThisMachine() {
        TestSite site = TestSite.create(folder, "");
        site.file("site-config.yaml", """
                site: {title: Acme, base_url: "http://trust.acme.example.com/"}
                company: {name: Acme}
                contacts: {security: security@acme.example.com}
                """);
        SiteBuild.Result result = site.render(DAY);
        assertFalse(result.ok());
        Diagnostic finding = result.diagnostics().all().get(0);
        assertEquals("bad-url", finding.rule());
        assertEquals(1, finding.source().line());
        assertTrue(finding.message().contains("must use https") && finding.hint().contains("https://trust.acme"),
                finding.message());

        site.file("site-config.yaml", """
                site: {title: Acme, base_url: "http://localhost:8080/"}
                company: {name: Acme}
                contacts: {security: security@acme.example.com}
                """);
        assertTrue(site.render(DAY).ok(), "http://localhost is allowed for local trials");
    }

    @Test
    void linksAreClassifiedByAUriParser() {
        TestSite site = TestSite.create(folder, """
                -- content/faq.yaml --
                - question: What is in the data link?
                  answer: "[a data link](data:text/plain,hello) and [an encoded one](&#x64;ata:text/plain,hi)"
                - question: Where is the FAQ?
                  answer: "[the FAQ](../faq/index.html) and [mail](mailto:security@acme.example.com)"
                """);
        assertTrue(site.render(DAY).ok(), () -> site.render(DAY).diagnostics().all().toString());

        site.file("content/faq.yaml", """
                - question: Where?
                  answer: "[broken](report%zz.html)"
                """);
        SiteBuild.Result result = site.render(DAY);
        List<Diagnostic> broken = result.diagnostics().all().stream().filter(d -> d.rule().equals("broken-link")).toList();
        assertEquals(1, broken.size(), result.diagnostics().all().toString());
        assertTrue(broken.get(0).message().contains("is not a valid web address"), broken.get(0).message());
        assertFalse(broken.get(0).hint().contains("nearest page"), broken.get(0).hint());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreMadeInert() throws Exception {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: "=HYPERLINK(\\"https://evil.example\\",\\"click\\")", purpose: "+1+cmd|' /C calc'!A0", locations: [US]}
                  - {name: "@SUM(1+1)", purpose: "-2+3", locations: [DE]}
                  - {name: "\\tTabbed", purpose: "Société Générale, normal text", locations: [FR]}
                """);
        var built = site.build(DAY);
        byte[] bytes = built.files().stream().filter(f -> f.path().equals("subprocessors.csv")).findFirst()
                .orElseThrow().bytes();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula-like cell: " + cell);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("'=HYPERLINK(\"https://evil.example\",\"click\")")));
        assertTrue(rows.stream().anyMatch(r -> r.get("purpose").equals("'-2+3")));
        assertTrue(rows.stream().anyMatch(r -> r.get("purpose").equals("Société Générale, normal text")));
    }

    static String text(List<OutputFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow();
    }
}
