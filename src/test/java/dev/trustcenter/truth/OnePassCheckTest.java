package dev.trustcenter.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.cli.CommandLineTestAccess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §B2: one run of check reports every error and warning, as a compiler does. */
class OnePassCheckTest {

    @TempDir
    Path folder;

    @Test
    void syntaxReferencesLinksAndWarningsComeInOneRun() {
        TestSite site = TestSite.create(folder, """
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant, documents: [dpa]}
                - {id: soc2, framework: soc2, status: issued, type: 2, period: {start: 2025-07-01, end: 2026-06-30}, report_date: 2026-08-15, auditor: X, colour: red}
                -- content/documents.yaml --
                - {id: dpa, title: DPA, access: public, file: dpa.pdf}
                -- content/documents/dpa.pdf --
                %PDF-1.4
                -- content/policies/access-control.md --
                ---
                title: Access Control Policy
                version: "1.0"
                owner: CISO
                effective: 2026-01-15
                last_reviewed: 2024-01-10
                visibility: public
                maps_to: [soc2:CC6.9]
                ---
                See [the FAQ](../../faq-page/).
                """);
        var run = CommandLineTestAccess.run("check", "-c", site.config().toString(), "--as-of", "2026-11-22",
                "--format", "json");
        assertEquals(1, run.exit());
        List<String> rules = List.of("unknown-key", "unknown-control", "broken-link", "policy-review-overdue");
        for (String rule : rules) {
            assertTrue(run.out().contains("\"rule\" : \"" + rule + "\""), rule + " missing from:\n" + run.out());
        }
    }
}
