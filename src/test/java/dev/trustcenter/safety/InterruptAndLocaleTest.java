package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.JavaProcess;
import dev.trustcenter.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §4: Ctrl-C and a C locale, in real processes. */
class InterruptAndLocaleTest {

    @TempDir
    Path folder;

    /** A site big enough that writing its output takes a noticeable time. */
    TestSite largeSite() {
        StringBuilder files = new StringBuilder();
        String body = "Paragraph of policy text. ".repeat(400);
        for (int i = 0; i < 1500; i++) {
            files.append("-- content/policies/policy-").append(i).append(".md --\n---\ntitle: Policy ").append(i)
                    .append("\nversion: \"1\"\nowner: CISO\neffective: 2026-01-01\nlast_reviewed: 2026-01-01\n")
                    .append("visibility: public\n---\n").append(body).append("\n");
        }
        return TestSite.create(folder.resolve("site"), files.toString());
    }

    static Map<String, Long> sizes(Path root) throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sizes.put(root.relativize(file).toString(), Files.size(file) ^ Files.readString(file,
                        java.nio.charset.StandardCharsets.ISO_8859_1).hashCode());
            }
        }
        return sizes;
    }

    @Test
    void ctrlCWhileWritingLeavesThePreviousOutputAndNoStagingFolder() throws Exception {
        TestSite site = largeSite();
        var first = JavaProcess.run(site.root(), folder.resolve("logs"), Map.of(), "build", "--as-of", "2026-11-22",
                "-q");
        assertEquals(0, first.exit(), first.err());
        Map<String, Long> before = sizes(site.root().resolve("public"));
        site.file("content/policies/policy-0.md", Files.readString(site.root().resolve("content/policies/policy-0.md"))
                .replace("Policy 0", "Policy zero"));

        Process build = JavaProcess.builder(site.root(), Map.of(), "build", "--as-of", "2026-11-22", "-q")
                .redirectErrorStream(true).redirectOutput(folder.resolve("logs/interrupted.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (build.isAlive() && !stagingExists(site.root()) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(build.isAlive(), "the build must still be writing when the signal comes");
        new ProcessBuilder("kill", "-INT", Long.toString(build.pid())).start().waitFor();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        assertEquals(130, build.exitValue(), Files.readString(folder.resolve("logs/interrupted.txt")));
        assertFalse(stagingExists(site.root()), "the staging folder is removed on interrupt");
        assertEquals(before, sizes(site.root().resolve("public")), "the previous output is intact");
    }

    static boolean stagingExists(Path root) throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            return siblings.anyMatch(p -> p.getFileName().toString().startsWith(".public.new-"));
        }
    }

    @Test
    void aNonAsciiFileNameUnderTheCLocaleGivesAClearMessageNotAnInternalError() throws Exception {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        site.file("content/assets/société.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Map<String, String> cLocale = new HashMap<>(Map.of("LANG", "C", "LC_ALL", "C"));
        var run = JavaProcess.run(site.root(), folder.resolve("logs"), cLocale, "build", "--as-of", "2026-11-22");
        assertFalse(run.err().contains("internal error"), run.err());
        assertTrue(run.exit() == 0 || run.err().contains("locale is not UTF-8"), run.exit() + ": " + run.err());

        Map<String, String> utf8 = new HashMap<>(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"));
        var ok = JavaProcess.run(site.root(), folder.resolve("logs"), utf8, "build", "--as-of", "2026-11-22");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Files.exists(site.root().resolve("public/assets/société.svg")));
    }
}
