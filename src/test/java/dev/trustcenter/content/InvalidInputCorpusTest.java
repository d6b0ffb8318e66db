package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.DiagnosticsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs (as Zola's test_sites_invalid): each folder under src/test/resources/invalid holds an
 * input.txt, laid over a minimal valid site, and expected.json, the findings it must produce, word for word.
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
        SiteBuild.Result result = site.render(AS_OF);
        String actual = DiagnosticsJson.write(result.diagnostics().all());
        Path expectedFile = dir.resolve("expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(Files.readString(expectedFile));
        assertEquals(expected, json.readTree(actual), "findings for " + name + ":\n" + actual);
        assertFalse(result.ok(), name + " must fail the build");
        assertTrue(expected.size() > 0, name + " expects at least one finding");
        for (JsonNode finding : expected) {
            assertTrue(finding.get("line").asInt() > 0 && finding.get("column").asInt() > 0
                            && !finding.get("file").asText().isEmpty(),
                    name + ": every finding names its file, line and column");
            assertFalse(finding.get("message").asText().matches("(?s).*(Exception|java\\.|com\\.fasterxml|org\\.yaml|\\bat [a-z]+\\.[a-z.]+\\().*"),
                    name + ": a message must not leak a Java exception: " + finding.get("message"));
        }
    }
}
