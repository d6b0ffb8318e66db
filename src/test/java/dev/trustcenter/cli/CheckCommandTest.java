package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path folder;

    static final String WARNING_AND_ERROR = """
            -- content/compliance.yaml --
            - id: iso27001
              framework: iso27001
              status: certified
              certificate_number: IS 1
              certification_body: "BSI, UK"
              issued: 2023-11-01
              expires: 2026-10-31
              surveillance_audits:
                - {date: 2024-10-15, result: passed}
                - {date: 2025-10-15, result: passed}
            -- content/subprocessors.yaml --
            subprocessors: []
            changes:
              - {date: 2026-10-01, announced: 2026-08-25, action: added, name: "Mistral AI SAS"}
            """;

    CommandLineTest.Run check(TestSite site, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = "-c";
        args[2] = site.config().toString();
        args[3] = "--as-of=2026-11-22";
        System.arraycopy(more, 0, args, 4, more.length);
        return CommandLineTest.run(args);
    }

    @Test
    void theExampleHasOnlyItsThreeDeliberateWarningsAsOfItsStatedDate() {
        // The example shows what a stale report looks like: its SOC 3 is stale, so the control citing it has lapsed
        // evidence (issue 13); and a planned high-risk AI system whose conformity facts are still open (issue 14).
        // Nothing else.
        CommandLineTest.Run run = CommandLineTest.run("check", "--as-of", "2026-11-22", "--format", "json");
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> rules = new java.util.ArrayList<>();
        run.out().lines().filter(l -> l.contains("\"rule\"")).forEach(l -> rules.add(l.replaceAll(".*: \"([^\"]+)\".*", "$1")));
        assertEquals(List.of("ai-conformity-missing", "soc-report-stale", "control-evidence-lapsed"), rules, run.out());
    }

    @Test
    void textIsGroupedByFileWithoutColourWhenNotATerminal() {
        CommandLineTest.Run run = check(TestSite.create(folder, WARNING_AND_ERROR));
        assertEquals(1, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals("content/compliance.yaml", lines.get(0));
        assertTrue(lines.get(1).startsWith("  1:3  warning  certificate-expired  The ISO 27001 certificate expired"), lines.get(1));
        assertTrue(lines.get(2).startsWith("      hint: "), lines.get(2));
        assertEquals("content/subprocessors.yaml", lines.get(3));
        assertTrue(lines.get(4).contains("error    subprocessor-list-contradiction"), lines.get(4));
        assertFalse(run.out().contains("\u001B["), "no ANSI codes when not on a terminal");
        assertEquals("1 error(s), 1 warning(s).\n", run.err());
    }

    @Test
    void jsonIsAStableArrayOfFindings() throws Exception {
        CommandLineTest.Run run = check(TestSite.create(folder, WARNING_AND_ERROR), "--format", "json");
        assertEquals(1, run.exit());
        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertEquals(2, findings.size());
        JsonNode first = findings.get(0);
        assertEquals(List.of("file", "line", "column", "severity", "rule", "message", "hint"),
                fieldNames(first.fieldNames()));
        assertEquals("warning", first.get("severity").asText());
        assertEquals("", run.err(), "json output stays machine-readable");
    }

    @Test
    void githubFormatWritesWorkflowAnnotationsWithEscaping() {
        TestSite site = TestSite.create(folder, WARNING_AND_ERROR);
        CommandLineTest.Run run = check(site, "--format", "github");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("::warning file=content/compliance.yaml,line=1,col=3,title=certificate-expired::"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=content/subprocessors.yaml,line=3,col=5,"
                + "title=subprocessor-list-contradiction::"), lines.get(1));
        assertEquals("::error file=a%2Cb%3A.yaml,line=1,col=1,title=r::50%25 done%0Anext",
                DiagnosticPrinter.github(new dev.trustcenter.diagnostics.Diagnostic(
                        dev.trustcenter.diagnostics.Severity.ERROR, "r", new dev.trustcenter.model.Source("a,b:.yaml", 1, 1),
                        "50% done\nnext", null)));
    }

    @Test
    void strictFailsOnWarningsAndCheckNeverWrites() {
        TestSite site = TestSite.create(folder, WARNING_AND_ERROR.substring(0, WARNING_AND_ERROR.indexOf("-- content/sub")));
        assertEquals(0, check(site).exit());
        assertEquals(1, check(site, "--strict").exit());
        assertFalse(Files.exists(folder.resolve("public")));
        assertEquals(2, check(site, "--format", "yaml").exit());
    }

    private static <T> List<T> fieldNames(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
