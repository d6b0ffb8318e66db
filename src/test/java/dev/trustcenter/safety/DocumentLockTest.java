package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.JavaProcess;
import dev.trustcenter.TestSite;
import dev.trustcenter.cli.CommandLineTestAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §2: a site with confidential reports builds in CI, where private/ is git-ignored. build, check and grant
 * record each gated file's digest in content/documents.lock.yaml; without the file the recorded digest is
 * published; a file that differs from its record stops the build, naming both digests.
 */
class DocumentLockTest {

    static final String AS_OF = "2026-11-22";

    /** A gated SOC 2 report (its file in private/ is added by each test) and an NDA of the site's own. */
    static final String GATED_SOC2 = """
            -- content/documents.yaml --
            - {id: soc2, title: SOC 2 report, access: gated, file: soc2.pdf}
            -- content/compliance.yaml --
            - {id: gdpr, framework: gdpr, status: compliant, documents: [soc2]}
            -- content/nda.md --
            ---
            title: NDA
            version: "1"
            ---
            Keep it secret.
            """;

    @TempDir
    Path folder;

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    TestSite site(Path root) throws IOException {
        TestSite site = TestSite.create(root, GATED_SOC2);
        site.file("private/soc2.pdf", pdf(3));
        return site;
    }

    static CommandLineTestAccess.Run check(TestSite site) {
        return CommandLineTestAccess.run("check", "-c", site.config().toString(), "--as-of", AS_OF);
    }

    static String sha256(byte[] bytes) {
        return dev.trustcenter.model.Blob.of(bytes).sha256Hex();
    }

    @Test
    void checkRecordsTheDigestSizeAndPagesOfEachGatedFile() throws IOException {
        TestSite site = site(folder);
        byte[] original = Files.readAllBytes(site.root().resolve("private/soc2.pdf"));
        var run = check(site);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("Recorded the digests of 1 gated file(s) in content/documents.lock.yaml"), run.err());
        String lock = Files.readString(site.root().resolve("content/documents.lock.yaml"));
        assertTrue(lock.contains("- id: soc2\n  file: soc2.pdf\n  sha256: " + sha256(original) + "\n  size: "
                + original.length + "\n  pages: 3\n"), lock);
        var again = check(site);
        assertFalse(again.err().contains("Recorded"), "an unchanged lock is not written again");
    }

    @Test
    void withoutPrivateTheRecordedDigestIsPublished() throws IOException {
        TestSite site = site(folder);
        String digest = sha256(Files.readAllBytes(site.root().resolve("private/soc2.pdf")));
        assertEquals(0, check(site).exit());
        Files.delete(site.root().resolve("private/soc2.pdf"));
        var built = site.build(java.time.LocalDate.parse(AS_OF));
        assertTrue(built.text("documents/index.html").contains(digest));
        assertTrue(built.text("trust.json").contains(digest));
        assertTrue(built.text("request-access/index.html").contains(digest));
    }

    @Test
    void aGatedFileThatDiffersFromItsRecordStopsTheBuildNamingBothDigests() throws IOException {
        TestSite site = site(folder);
        String recorded = sha256(Files.readAllBytes(site.root().resolve("private/soc2.pdf")));
        assertEquals(0, check(site).exit());
        byte[] replaced = pdf(5);
        site.file("private/soc2.pdf", replaced);
        var run = CommandLineTestAccess.run("check", "-c", site.config().toString(), "--as-of", AS_OF, "--format", "json");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("\"rule\" : \"document-lock-mismatch\""), run.out());
        assertTrue(run.out().contains(recorded) && run.out().contains(sha256(replaced)), run.out());
        assertTrue(Files.readString(site.root().resolve("content/documents.lock.yaml")).contains(recorded),
                "the lock is not overwritten by a file that contradicts it");
    }

    @Test
    void aGatedDocumentWithNeitherFileNorRecordIsAnError() throws IOException {
        TestSite site = site(folder);
        Files.delete(site.root().resolve("private/soc2.pdf"));
        var run = CommandLineTestAccess.run("check", "-c", site.config().toString(), "--as-of", AS_OF, "--format", "json");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("document-file-missing") && run.out().contains("documents.lock.yaml"), run.out());
    }

    /** The whole CI story: init's .gitignore, a commit, a fresh clone without private/, and a build in it. */
    @Test
    void aFreshCloneWithoutPrivateBuilds() throws Exception {
        Path repo = folder.resolve("repo");
        TestSite site = site(repo);
        site.file(".gitignore", new String(getClass().getResourceAsStream("/init/gitignore").readAllBytes(),
                StandardCharsets.UTF_8));
        String digest = sha256(Files.readAllBytes(site.root().resolve("private/soc2.pdf")));
        assertEquals(0, check(site).exit());
        site.file("grants/ledger.yaml", "[]\n");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "-c", "user.email=ci@example.com", "-c", "user.name=CI", "commit", "-q", "-m", "site");
        Path clone = folder.resolve("clone");
        git(folder, "clone", "-q", repo.toString(), clone.toString());
        assertFalse(Files.exists(clone.resolve("private/soc2.pdf")), "private/ is git-ignored");
        assertFalse(Files.exists(clone.resolve("grants/ledger.yaml")), "the ledger is git-ignored");
        assertTrue(Files.exists(clone.resolve("content/documents.lock.yaml")));

        var run = JavaProcess.run(clone, folder.resolve("logs"), Map.of(), "build", "--as-of", AS_OF);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(clone.resolve("public/documents/index.html")).contains(digest));
    }

    static void git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), output);
    }
}
