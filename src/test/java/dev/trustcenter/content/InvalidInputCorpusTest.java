package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.TestSite;
import dev.trustcenter.cli.TrustCenterCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The corpus of bad inputs (as Zola's test_sites_invalid): each folder under src/test/resources/invalid holds an
 * input.txt, laid over a minimal valid site, and expected.json, the output of {@code trustcenter check --format json}
 * for it, word for word. The check runs as of 2026-11-22 and exits 1 exactly when an error is expected.
 * Run with -Dtrustcenter.updateGolden=true to rewrite expected.json after a deliberate change of wording.
 */
class InvalidInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/invalid");
    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static final boolean UPDATE = Boolean.getBoolean("trustcenter.updateGolden");

    @TempDir
    Path folder;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesExactlyTheExpectedFindings(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        TestSite site = TestSite.create(folder, Files.readString(dir.resolve("input.txt")));
        CommandLine cli = TrustCenterCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("check", "-c", site.config().toString(), "--as-of", AS_OF.toString(), "--format", "json");
        String actual = out.toString();
        Path expectedFile = dir.resolve("expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(Files.readString(expectedFile));
        assertFalse(err.toString().contains("internal error"), name + ": " + err);
        assertEquals(expected, json.readTree(actual), "findings for " + name + ":\n" + actual);
        assertTrue(expected.size() > 0, name + " expects at least one finding");
        boolean anError = false;
        for (JsonNode finding : expected) {
            anError |= finding.get("severity").asText().equals("error");
        }
        assertEquals(anError ? 1 : 0, exit, name + ": check exits 1 exactly when there is an error");
        for (JsonNode finding : expected) {
            assertTrue(finding.get("line").asInt() > 0 && finding.get("column").asInt() > 0
                            && !finding.get("file").asText().isEmpty(),
                    name + ": every finding names its file, line and column");
            assertFalse(finding.get("message").asText().matches("(?s).*(Exception|java\\.|com\\.fasterxml|org\\.yaml|\\bat [a-z]+\\.[a-z.]+\\().*"),
                    name + ": a message must not leak a Java exception: " + finding.get("message"));
        }
    }
}
