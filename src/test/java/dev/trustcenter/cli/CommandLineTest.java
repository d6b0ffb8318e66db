package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line of SPEC §5: its exit codes and what it prints. */
class CommandLineTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = TrustCenterCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("build"));
        assertTrue(help.out().contains("Exit codes"));
        assertEquals(0, run("--version").exit());
        assertTrue(run("build", "--help").out().contains("--as-of"));
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertEquals(2, run("build", "--no-such-option").exit());
        Run badDate = run("build", "--as-of", "22/11/2026");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("write YYYY-MM-DD"), badDate.err());
    }

    @Test
    void contentErrorsExitOneWritePlainFindingsAndNothingElse() {
        TestSite site = TestSite.create(folder, """
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: complaint}
                """);
        Run run = run("build", "-c", site.config().toString(), "--as-of", "2026-11-22");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/compliance.yaml\n  1:39  error    bad-value  \"complaint\" is not"),
                run.err());
        assertTrue(run.err().contains("Did you mean \"compliant\"?"));
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(folder.resolve("public")));
    }

    @Test
    void aMissingConfigIsAContentErrorWithAWayForward() {
        Run run = run("build", "-c", folder.resolve("nowhere/site-config.yaml").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("trustcenter init"), run.err());
    }

    @Test
    void aGoodBuildExitsZeroAndPrintsOneSummaryLine() {
        TestSite site = TestSite.create(folder, "");
        Run run = run("build", "-c", site.config().toString(), "--as-of", "2026-11-22");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("Built "), run.out());
        assertTrue(run.out().contains("statuses as of 2026-11-22"));
        assertTrue(Files.exists(folder.resolve("public/index.html")));
        assertEquals("", run("build", "-q", "-c", site.config().toString(), "--as-of", "2026-11-22").out());
    }

    @Test
    void warningsArePrintedAndStrictTurnsThemIntoErrors() {
        TestSite site = TestSite.create(folder, """
                -- content/documents.yaml --
                - {id: report, title: Report, access: gated, file: report.pdf}
                -- private/report.pdf --
                x
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant, documents: [report]}
                """);
        Run lenient = run("build", "-c", site.config().toString(), "--as-of", "2026-11-22");
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains("warning  builtin-nda"), lenient.err());
        assertTrue(lenient.out().contains("1 warning(s)"), lenient.out());
        Run strict = run("build", "--strict", "-c", site.config().toString(), "--as-of", "2026-11-22");
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains("treated as errors (--strict)"), strict.err());
    }

    /** Only the invoked subcommand's model is built; help, --version and typos see them all. */
    @org.junit.jupiter.api.Test
    void onlyTheInvokedSubcommandIsBuiltButHelpSeesThemAll() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("build"),
                TrustCenterCli.commandLine("build").getSubcommands().keySet());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("build", "check", "serve", "init", "grant",
                "revoke", "grants", "answer", "daemon", "help"), java.util.List.copyOf(TrustCenterCli.commandLine("--help")
                .getSubcommands().keySet()));
        org.junit.jupiter.api.Assertions.assertEquals(10, TrustCenterCli.commandLine("biuld").getSubcommands().size());
    }
}
