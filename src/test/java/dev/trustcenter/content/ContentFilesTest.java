package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd but legitimate files load; hostile ones fail with a located, plain message and no partial output. */
class ContentFilesTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    static Diagnostic onlyError(SiteBuild.Result result) {
        assertFalse(result.ok());
        assertEquals(1, result.diagnostics().all().size(), result.diagnostics().all().toString());
        return result.diagnostics().all().get(0);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() {
        TestSite site = TestSite.create(folder, "");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "- id: gdpr\r\n  framework: gdpr\r\n  status: compliant\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        site.file("content/compliance.yaml", both);
        site.file("content/policies/p.md", "\uFEFF---\r\ntitle: P\r\nversion: \"1\"\r\nowner: O\r\neffective: 2026-01-01\r\n"
                + "last_reviewed: 2026-01-01\r\nvisibility: public\r\n---\r\nBody **text**\r\n");
        var built = site.build(DAY);
        assertTrue(built.text("policies/p/index.html").contains("<strong>text</strong>"));
    }

    @Test
    void invalidUtf8IsALocatedError() {
        TestSite site = TestSite.create(folder, "");
        site.file("content/compliance.yaml", new byte[] {'-', ' ', 'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});
        Diagnostic d = onlyError(site.render(DAY));
        assertEquals("bad-encoding", d.rule());
        assertEquals("content/compliance.yaml", d.source().file());
        assertTrue(d.hint().contains("UTF-8"));
    }

    @Test
    void aFiftyMegabyteFileFailsCleanly() throws IOException {
        TestSite site = TestSite.create(folder, "");
        try (RandomAccessFile big = new RandomAccessFile(site.root().resolve("content/faq.yaml").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Diagnostic d = onlyError(site.render(DAY));
        assertEquals("too-large", d.rule());
        assertEquals("content/faq.yaml", d.source().file());
    }

    @Test
    void aSymlinkOutOfTheSiteFolderIsRefused() throws IOException {
        Path outside = Files.writeString(folder.resolve("secret.yaml"), "- {category: a, question: b, answer: c}\n");
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Files.createSymbolicLink(site.root().resolve("content/faq.yaml"), outside);
        Diagnostic d = onlyError(site.render(DAY));
        assertEquals("outside-site", d.rule());
    }

    @Test
    void aSymlinkInsideTheSiteFolderIsFollowed() throws IOException {
        TestSite site = TestSite.create(folder, "-- shared/faq.yaml --\n- {category: a, question: b, answer: c}\n");
        Files.createSymbolicLink(site.root().resolve("content/faq.yaml"), site.root().resolve("shared/faq.yaml"));
        assertTrue(site.build(DAY).has("faq/index.html"));
    }

    @Test
    void anEmptyOptionalFileIsAnEmptySection() {
        TestSite site = TestSite.create(folder, "-- content/faq.yaml --\n");
        assertFalse(site.build(DAY).has("faq/index.html"));
    }

    @Test
    void aYamlAliasBombFailsFastWithoutExpansion() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        TestSite site = TestSite.create(folder, "-- content/subprocessors.yaml --\n" + bomb);
        Diagnostic d = onlyError(site.render(DAY));
        assertTrue(d.message().contains("aliases"), d.message());
    }

    @Test
    void nestingTenThousandLevelsDeepFailsCleanly() {
        String deep = "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        TestSite site = TestSite.create(folder, "-- content/subprocessors.yaml --\n" + deep);
        Diagnostic d = onlyError(site.render(DAY));
        assertTrue(d.message().contains("nested"), d.message());
    }
}
