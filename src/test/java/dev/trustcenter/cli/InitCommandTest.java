package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path folder;

    @Test
    void initThenBuildWorksInAnEmptyFolderWithNoWarnings() throws IOException {
        Path site = folder.resolve("acme-corp");
        CommandLineTest.Run init = CommandLineTest.run("init", site.toString());
        assertEquals(0, init.exit(), init.err());
        CommandLineTest.Run check = CommandLineTest.run("check", "-c", site.resolve("site-config.yaml").toString());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("No problems found.\n", check.err());
        CommandLineTest.Run build = CommandLineTest.run("build", "-c", site.resolve("site-config.yaml").toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.readString(site.resolve("public/index.html")).contains("Acme Corp Trust Center"));
        assertTrue(Files.readString(site.resolve("public/ai/support-assistant/index.html")).contains("Support Assistant"),
                "the starter's AI system, checked against its subprocessor and policy");
    }

    @Test
    void itKeepsConfidentialFilesAndTheOutputOutOfGitAndChecksInCi() throws IOException {
        Path site = folder.resolve("site");
        assertEquals(0, CommandLineTest.run("init", site.toString()).exit());
        String ignore = Files.readString(site.resolve(".gitignore"));
        assertTrue(ignore.contains("private/*") && ignore.contains("public/") && ignore.contains(".trustcenter/"), ignore);
        String workflow = Files.readString(site.resolve(".github/workflows/trustcenter.yml"));
        assertTrue(workflow.contains("check --format github"));
        assertTrue(workflow.contains("actions/deploy-pages"));
        assertTrue(workflow.contains("path: .trustcenter/cache"), "CI keeps the render cache between runs");
        assertTrue(Files.readString(site.resolve("content/compliance.yaml"))
                .startsWith("# yaml-language-server: $schema=../schemas/compliance.schema.json"));
        assertTrue(Files.exists(site.resolve("schemas/compliance.schema.json")));
        assertTrue(Files.exists(site.resolve("schemas/ai-systems.schema.json")), "every file init writes has its schema");
        assertTrue(Files.exists(site.resolve("schemas/controls.schema.json")));
    }

    @Test
    void itRefusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "mine");
        CommandLineTest.Run run = CommandLineTest.run("init", folder.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is not empty"), run.err());
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    }
}
