package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.JavaProcess;
import dev.trustcenter.TestSite;
import dev.trustcenter.cli.CommandLineTestAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §3: the grants ledger loses nothing, and what it publishes is exactly what is active. */
class GrantLedgerTest {

    static final Pattern LINK = Pattern.compile("https://trust\\.acme\\.example\\.com/access/([A-Za-z0-9_-]+)/#");

    @TempDir
    Path folder;

    /** A two-page PDF, protected with the given passwords (none when {@code ownerPassword} is null). */
    static byte[] pdf(String ownerPassword, String userPassword) throws IOException {
        byte[] plain = DocumentLockTest.pdf(2);
        if (ownerPassword == null) {
            return plain;
        }
        try (PDDocument document = Loader.loadPDF(plain)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    TestSite site(byte[] report) {
        TestSite site = TestSite.create(folder.resolve("site"), """
                -- content/policies/access-control.md --
                ---
                title: Access Control Policy
                version: "2.1"
                owner: CISO
                effective: 2026-01-15
                last_reviewed: 2026-01-10
                visibility: gated
                ---
                Access is granted on least privilege and GATED-POLICY-TEXT-42 reviewed quarterly.
                """ + DocumentLockTest.GATED_SOC2);
        site.file("private/soc2.pdf", report);
        return site;
    }

    static CommandLineTestAccess.Run grant(TestSite site, String who) {
        return CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "soc2", "--to",
                who + "@acme-corp.com", "--name", "Jane " + who, "--company", "Acme Corp");
    }

    static String id(CommandLineTestAccess.Run run) {
        Matcher m = LINK.matcher(run.out());
        assertTrue(m.find(), run.out() + run.err());
        return m.group(1);
    }

    @Test
    void grantsMadeAtTheSameTimeInSeparateProcessesAllLand() throws Exception {
        TestSite site = site(pdf(null, null));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            processes.add(JavaProcess.builder(site.root(), Map.of(), "grant", "--doc", "soc2", "--to",
                    "buyer" + i + "@acme-corp.com", "--name", "Buyer " + i, "--company", "Acme Corp")
                    .redirectErrorStream(true).start());
        }
        List<String> ids = new ArrayList<>();
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), output);
            Matcher m = LINK.matcher(output);
            assertTrue(m.find(), output);
            ids.add(m.group(1));
        }
        String ledger = Files.readString(site.root().resolve("grants/ledger.yaml"));
        String index = Files.readString(site.root().resolve("grants/index.yaml"));
        for (String id : ids) {
            assertTrue(ledger.contains("id: " + id + "\n"), "ledger lost " + id);
            assertTrue(index.contains("id: " + id + "\n"), "index lost " + id);
            assertTrue(Files.exists(site.root().resolve("grants/" + id + ".bundle")));
        }
        assertFalse(index.contains("acme-corp.com"), "the index names no one");
    }

    @Test
    void aGrantIdThatCouldEscapeItsFolderIsALocatedError() throws IOException {
        TestSite site = site(pdf(null, null));
        for (String bad : List.of("../evil", "a b", "a#b", "a?b", ".hidden", "a/b")) {
            site.file("grants/index.yaml", "- {id: \"" + bad + "\", issued: 2026-11-20, expires: 2026-12-20}\n");
            var run = CommandLineTestAccess.run("check", "-c", site.config().toString(), "--as-of", "2026-11-22",
                    "--format", "json");
            assertEquals(1, run.exit(), bad + ": " + run.err());
            assertTrue(run.out().contains("\"rule\" : \"bad-grant-id\"") && run.out().contains("\"line\" : 1"),
                    bad + ": " + run.out());
        }
    }

    @Test
    void aLedgerThatIsNotAListIsRefusedAndNotOverwritten() throws IOException {
        TestSite site = site(pdf(null, null));
        String damaged = "grants:\n  - {id: AbC123, note: kept}\n";
        site.file("grants/ledger.yaml", damaged);
        var run = grant(site, "jane");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("grants/ledger.yaml") && run.err().contains("should be a list"), run.err());
        assertEquals(damaged, Files.readString(site.root().resolve("grants/ledger.yaml")));
        try (var files = Files.list(site.root().resolve("grants"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".bundle")), "no orphan bundle is left");
        }

        var revoke = CommandLineTestAccess.run("revoke", "-c", site.config().toString(), "AbC123");
        assertEquals(1, revoke.exit());
        assertTrue(revoke.err().contains("grants/ledger.yaml\n  1:1") && revoke.err().contains("should be a list"),
                revoke.err());
        assertFalse(revoke.err().contains("internal error"), revoke.err());
    }

    @Test
    void anOwnerPasswordPdfIsWatermarkedAndKeepsItsPermissions() throws Exception {
        TestSite site = site(pdf("owner-secret", ""));
        var run = grant(site, "jane");
        assertEquals(0, run.exit(), run.out() + run.err());
        byte[] copy = GrantBundles.open(run.out(), site.root()).get("soc2.pdf");
        try (PDDocument document = Loader.loadPDF(copy)) {
            assertTrue(document.isEncrypted(), "still protected");
            assertFalse(document.getCurrentAccessPermission().canPrint(), "printing stays forbidden");
            assertFalse(document.getCurrentAccessPermission().canExtractContent(), "copying stays forbidden");
            assertEquals(2, document.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Jane jane") && text.contains("jane@acme-corp.com"), text);
        }
    }

    @Test
    void aUserPasswordPdfIsRefusedWithAClearMessage() throws IOException {
        TestSite site = site(pdf("owner-secret", "open-me"));
        var run = grant(site, "jane");
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("needs a password to open"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void aGrantIssuedAfterTheAsOfDateIsNotPublishedForThatDate() throws IOException {
        TestSite site = site(pdf(null, null));
        String id = id(grant(site, "jane"));
        String issued = Files.readString(site.root().resolve("grants/index.yaml")).replaceAll("(?s).*issued: \"?([0-9-]+).*", "$1");
        LocalDate day = LocalDate.parse(issued);
        assertFalse(site.build(day.minusDays(1)).has("access/" + id + "/index.html"), "pending the day before");
        var built = site.build(day);
        assertTrue(built.has("access/" + id + "/index.html"), "active on the day of issue");
        assertTrue(built.text("sitemap.xml").contains("request-access/"), built.text("sitemap.xml"));
        assertFalse(built.text("sitemap.xml").contains(".com/access/"), "the sitemap never lists access links");
        assertFalse(site.build(day.plusDays(31)).has("access/" + id + "/index.html"), "expired after 30 days");
    }

    /** Issue 17 §C1: the ledger says how the NDA was accepted. */
    @Test
    void theLedgerRecordsHowTheNdaWasAccepted() throws IOException {
        TestSite site = site(pdf(null, null));
        assertEquals(0, grant(site, "viewer").exit());
        var covered = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "soc2", "--to",
                "omar@acme-corp.com", "--name", "Omar", "--company", "Acme Corp", "--nda-covered-by", "MNDA 2025-03-01");
        assertEquals(0, covered.exit(), covered.err());
        var inRequest = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "soc2", "--to",
                "lee@acme-corp.com", "--name", "Lee", "--company", "Acme Corp", "--nda-accepted-in-request");
        assertEquals(0, inRequest.exit(), inRequest.err());
        String ledger = Files.readString(site.root().resolve("grants/ledger.yaml"));
        assertTrue(ledger.contains("accepted: viewer"), ledger);
        assertTrue(ledger.contains("accepted: agreement\n    agreement: MNDA 2025-03-01"), ledger);
        assertTrue(ledger.contains("accepted: request"), ledger);
        var both = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "soc2", "--to",
                "x@acme-corp.com", "--name", "X", "--company", "Acme Corp", "--nda-accepted-in-request",
                "--nda-covered-by", "MNDA");
        assertEquals(2, both.exit());

        var built = site.build(LocalDate.parse(Files.readString(site.root().resolve("grants/index.yaml"))
                .replaceAll("(?s).*?issued: \"?([0-9-]+).*", "$1")));
        var pages = built.files().stream().filter(f -> f.path().startsWith("access/")).map(f -> built.page(f.path()))
                .toList();
        assertEquals(3, pages.size());
        assertEquals(1, pages.stream().filter(p -> p.getElementById("viewer-nda-gate") != null).count(),
                "only the grant made without a request or an agreement asks for acceptance in the viewer");
        assertTrue(pages.stream().anyMatch(p -> p.text().contains("Shared under your existing agreement, MNDA 2025-03-01.")));
        assertTrue(pages.stream().allMatch(p -> p.getElementById("viewer").attr("data-contact").equals("security@acme.example.com")));
    }

    /** Issue 17 §C2: a policy offered on request is granted as a watermarked PDF. */
    @Test
    void aGatedPolicyIsGrantedAsAWatermarkedPdf() throws Exception {
        TestSite site = site(pdf(null, null));
        var run = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "access-control", "--to",
                "jane@acme-corp.com", "--name", "Jane Doe", "--company", "Acme Corp");
        assertEquals(0, run.exit(), run.err());
        byte[] copy = GrantBundles.open(run.out(), site.root()).get("access-control.pdf");
        try (PDDocument document = Loader.loadPDF(copy)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Access Control Policy") && text.contains("GATED-POLICY-TEXT-42"), text);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String onPage = stripper.getText(document);
                assertTrue(onPage.contains("Jane Doe") && onPage.contains("jane@acme-corp.com"), "page " + page);
            }
        }
        assertTrue(Files.readString(site.root().resolve("grants/ledger.yaml")).contains("file: policies/access-control.md"));
        var unknown = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "acces-control", "--to",
                "jane@acme-corp.com", "--name", "Jane Doe", "--company", "Acme Corp");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Did you mean \"access-control\"?"), unknown.err());
    }

    /** Issue 15: `grant --doc answers` carries every answer, gated ones included, as one watermarked PDF. */
    @Test
    void theAnswerLibraryIsGrantedWithItsGatedAnswersAsAWatermarkedPdf() throws Exception {
        TestSite site = site(pdf(null, null));
        site.file("content/answers/infrastructure.yaml", """
                - {id: public-one, question: "Do you encrypt data?", short: "yes", answer: PUBLIC-ANSWER-7, last_reviewed: 2026-10-01}
                - {id: gated-one, question: "How is the network segmented?", short: "yes", answer: GATED-ANSWER-9, visibility: gated, last_reviewed: 2026-10-01}
                """);
        var run = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "answers", "--to",
                "jane@acme-corp.com", "--name", "Jane Doe", "--company", "Acme Corp");
        assertEquals(0, run.exit(), run.err());
        byte[] copy = GrantBundles.open(run.out(), site.root()).get("answers.pdf");
        try (PDDocument document = Loader.loadPDF(copy)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("PUBLIC-ANSWER-7") && text.contains("GATED-ANSWER-9"), text);
            assertTrue(text.contains("How is the network segmented?") && text.contains("Jane Doe"), text);
        }
        assertTrue(Files.readString(site.root().resolve("grants/ledger.yaml")).contains("file: answers/"));
    }
}
