package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §1: whatever links a site holds, a gated original or any other file of the machine is never published.
 * Every reader of site files refuses a link that leaves the site or points into private/ or grants/, with the
 * file named, and the size limit applies to each of them.
 */
class PrivateFilesTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final String SECRET = "GATED-ORIGINAL-BYTES-7f3a";

    @TempDir
    Path folder;

    TestSite site() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), """
                -- content/documents.yaml --
                - {id: soc2, title: SOC 2 report, access: gated, file: report.pdf}
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant, documents: [soc2]}
                """);
        site.file("private/report.pdf", "%PDF-1.4 " + SECRET);
        return site;
    }

    static void assertRefused(SiteBuild.Result result, String file) {
        assertFalse(result.ok(), "the build must stop");
        List<Diagnostic> findings = result.diagnostics().all().stream().filter(d -> d.rule().equals("outside-site")).toList();
        assertEquals(1, findings.size(), result.diagnostics().all().toString());
        assertEquals(file, findings.get(0).source().file());
    }

    static void assertNothingLeaks(SiteBuild.Result result) {
        for (OutputFile file : result.files().orElse(List.of())) {
            assertFalse(new String(file.bytes(), StandardCharsets.ISO_8859_1).contains(SECRET), file.path());
        }
    }

    @Test
    void aContentAssetLinkedToAGatedOriginalIsRefused() throws IOException {
        TestSite site = site();
        Files.createDirectories(site.root().resolve("content/assets"));
        Files.createSymbolicLink(site.root().resolve("content/assets/report.pdf"), Path.of("../../private/report.pdf"));
        SiteBuild.Result result = site.render(DAY);
        assertRefused(result, "content/assets/report.pdf");
        assertNothingLeaks(result);
    }

    @Test
    void aContentAssetLinkedToAFileOutsideTheSiteIsRefused() throws IOException {
        TestSite site = site();
        Path outside = Files.writeString(folder.resolve("machine-secret.txt"), SECRET);
        Files.createDirectories(site.root().resolve("content/assets"));
        Files.createSymbolicLink(site.root().resolve("content/assets/notes.txt"), outside);
        assertRefused(site.render(DAY), "content/assets/notes.txt");
    }

    @Test
    void aThemeAssetOrTemplateLinkedToAGatedOriginalIsRefused() throws IOException {
        TestSite site = site();
        Files.createDirectories(site.root().resolve("themes/default/assets"));
        Files.createSymbolicLink(site.root().resolve("themes/default/assets/extra.css"),
                Path.of("../../../private/report.pdf"));
        assertRefused(site.render(DAY), "themes/default/assets/extra.css");

        Files.delete(site.root().resolve("themes/default/assets/extra.css"));
        Files.createDirectories(site.root().resolve("themes/default/templates"));
        Files.createSymbolicLink(site.root().resolve("themes/default/templates/faq.peb"),
                Path.of("../../../private/report.pdf"));
        assertRefused(site.render(DAY), "themes/default/templates/faq.peb");
    }

    @Test
    void aThemeTemplatesFolderLinkedOutOfTheSiteIsRefused() throws IOException {
        TestSite site = site();
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("faq.peb"), "{% extends \"layout\" %}");
        Files.createDirectories(site.root().resolve("themes/default"));
        Files.createSymbolicLink(site.root().resolve("themes/default/templates"), elsewhere);
        assertRefused(site.render(DAY), "themes/default/templates");
    }

    @Test
    void aPublicDocumentLinkedToAGatedOriginalIsRefused() throws IOException {
        TestSite site = site();
        site.file("content/documents.yaml", """
                - {id: soc2, title: SOC 2 report, access: gated, file: report.pdf}
                - {id: overview, title: Overview, access: public, file: overview.pdf}
                """);
        Files.createDirectories(site.root().resolve("content/documents"));
        Files.createSymbolicLink(site.root().resolve("content/documents/overview.pdf"),
                Path.of("../../private/report.pdf"));
        SiteBuild.Result result = site.render(DAY);
        assertRefused(result, "content/documents/overview.pdf");
        assertNothingLeaks(result);
    }

    @Test
    void aGrantBundleLinkedOutOfGrantsIsRefused() throws IOException {
        TestSite site = site();
        site.file("grants/index.yaml", "- {id: AbCdEf123, issued: 2026-11-20, expires: 2026-12-20}\n");
        Files.createSymbolicLink(site.root().resolve("grants/AbCdEf123.bundle"), Path.of("../private/report.pdf"));
        SiteBuild.Result result = site.render(DAY);
        assertRefused(result, "grants/AbCdEf123.bundle");
        assertNothingLeaks(result);
    }

    @Test
    void aLinkInsideTheSiteToAPublicFileIsFine() throws IOException {
        TestSite site = site();
        site.file("brand/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(site.root().resolve("content/assets"));
        Files.createSymbolicLink(site.root().resolve("content/assets/logo.svg"), Path.of("../../brand/logo.svg"));
        assertTrue(site.build(DAY).has("assets/logo.svg"));
    }

    @Test
    void theSizeLimitAppliesToAssetsAndBundles() throws IOException {
        TestSite site = site();
        byte[] large = new byte[8 * 1024 * 1024 + 1];
        site.file("content/assets/huge.png", large);
        assertTooLarge(site.render(DAY), "content/assets/huge.png");

        Files.delete(site.root().resolve("content/assets/huge.png"));
        site.file("grants/index.yaml", "- {id: AbCdEf123, issued: 2026-11-20, expires: 2026-12-20}\n");
        site.file("grants/AbCdEf123.bundle", large);
        assertTooLarge(site.render(DAY), "grants/AbCdEf123.bundle");
    }

    static void assertTooLarge(SiteBuild.Result result, String file) {
        assertFalse(result.ok());
        List<Diagnostic> findings = result.diagnostics().all().stream().filter(d -> d.rule().equals("too-large")).toList();
        assertEquals(1, findings.size(), result.diagnostics().all().toString());
        assertEquals(file, findings.get(0).source().file());
    }
}
