package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gated file's bytes, and the text of summary and gated policies, never reach any output file. */
class GatedSecretTest {

    static final String FILE_MARKER = "GATED-FILE-MARKER-7f3a9c";
    static final String SUMMARY_BODY = "SUMMARY-POLICY-BODY-MARKER-41d2";
    static final String GATED_BODY = "GATED-POLICY-BODY-MARKER-9e0b";
    static final String GATED_SUMMARY = "GATED-POLICY-SUMMARY-MARKER-c55e";

    @TempDir
    Path folder;

    @Test
    void noMarkerAndNoGatedFileReachesTheOutput() throws IOException {
        TestSite site = TestSite.create(folder, """
                -- content/documents.yaml --
                - {id: report, title: Report, access: gated, file: report.txt}
                - {id: open, title: Open, access: public, file: open.txt}
                -- content/documents/open.txt --
                public text
                -- content/policies/partial.md --
                ---
                title: Partial
                summary: Shown to everyone.
                version: "1"
                owner: CISO
                effective: 2026-01-01
                last_reviewed: 2026-01-01
                visibility: summary
                ---
                %s
                -- content/policies/closed.md --
                ---
                title: Closed
                summary: %s
                version: "1"
                owner: CISO
                effective: 2026-01-01
                last_reviewed: 2026-01-01
                visibility: gated
                ---
                %s
                """.formatted(SUMMARY_BODY, GATED_SUMMARY, GATED_BODY));
        byte[] gated = ("%PDF-1.4 " + FILE_MARKER + "\n").getBytes(StandardCharsets.UTF_8);
        site.file("private/report.txt", gated);
        Path out = folder.resolve("public");
        LocalDate day = LocalDate.parse("2026-11-22");
        SiteBuild.Result result = SiteBuild.build(site.config(), Optional.of(out), new BuildDates(day, day), false);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());

        String gatedSha = sha256(gated);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 10);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String marker : List.of(FILE_MARKER, SUMMARY_BODY, GATED_BODY, GATED_SUMMARY)) {
                assertFalse(text.contains(marker), out.relativize(file) + " contains " + marker);
            }
            assertFalse(gatedSha.equals(sha256(bytes)), out.relativize(file) + " is a copy of the gated file");
        }
        String documents = Files.readString(out.resolve("documents/index.html"));
        assertTrue(documents.contains(gatedSha), "the gated file's SHA-256 is published");
        assertEquals("public text\n", Files.readString(out.resolve("documents/open.txt")));
        assertTrue(Files.readString(out.resolve("policies/partial/index.html")).contains("Shown to everyone."));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
