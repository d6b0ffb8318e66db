package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Fuzzes every loader with Jazzer: whatever bytes a content file holds, the build yields either a site or
 * located content errors, never another exception. In the normal suite, {@code loadersBriefly} fuzzes for a few
 * seconds (see the surefire "fuzz" execution in pom.xml) and both methods replay the seed inputs under
 * src/test/resources/dev/trustcenter/content/LoaderFuzzTestInputs. For a long run:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest#loadersLong}.
 */
class LoaderFuzzTest {

    /** The files a fuzz input may replace; the first byte of the input picks one. */
    static final String[] TARGETS = {
        "site-config.yaml", "content/compliance.yaml", "content/subprocessors.yaml", "content/documents.yaml",
        "content/faq.yaml", "content/policies/p.md", "content/updates/u.md", "content/overview.md", "content/nda.md"
    };
    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final String[] JAVA_WORDS = {"Exception", "java.", "com.fasterxml", "org.yaml", "dev.trustcenter", "\tat "};
    static final Path SITE = temporaryFolder();

    @FuzzTest(maxDuration = "12s")
    void loadersBriefly(FuzzedDataProvider data) {
        loadOrReport(data);
    }

    @FuzzTest(maxDuration = "10m")
    void loadersLong(FuzzedDataProvider data) {
        loadOrReport(data);
    }

    static void loadOrReport(FuzzedDataProvider data) {
        String target = TARGETS[data.consumeInt(0, TARGETS.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        String input = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        TestSite site = TestSite.create(SITE, "");
        site.file(target, bytes);
        SiteBuild.Result result = SiteBuild.render(site.config(), new BuildDates(DAY, DAY), false);
        if (!result.ok()) {
            assertTrue(result.diagnostics().hasErrors(), "a failed build names an error");
        }
        for (Diagnostic d : result.diagnostics().all()) {
            assertTrue(d.source().line() >= 1 && d.source().column() >= 1, "located: " + d.format());
            assertFalse(d.message().isBlank(), "worded: " + d.format());
            for (String java : JAVA_WORDS) {
                assertFalse(d.message().contains(java) && !input.contains(java),
                        "no Java internals in a message, unless quoted from the input: " + d.format());
            }
        }
        cleanUp(site.root().resolve(target));
    }

    private static void cleanUp(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("trustcenter-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
