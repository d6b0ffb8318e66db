package dev.trustcenter.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is written whole or not at all, and the same input on the same dates gives the same bytes. */
class SiteWriterTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final BuildDates DATES = new BuildDates(DAY, DAY);

    @TempDir
    Path folder;

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Arrays.toString(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    @Test
    void twoBuildsOfTheExampleAreByteIdentical() throws IOException {
        Path a = folder.resolve("a");
        Path b = folder.resolve("b");
        assertTrue(SiteBuild.build(Path.of("site-config.yaml"), Optional.of(a), DATES, false).ok());
        assertTrue(SiteBuild.build(Path.of("site-config.yaml"), Optional.of(b), DATES, false).ok());
        Map<String, String> first = tree(a);
        assertTrue(first.size() > 30);
        assertEquals(first, tree(b));
    }

    @Test
    void aBuildThatFailsOnContentLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path out = folder.resolve("out");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        Files.writeString(out.resolve("hand-placed.txt"), "a file the previous build left");
        Map<String, String> before = tree(out);

        site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: complaint}\n");
        assertFalse(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        assertEquals(before, tree(out));
    }

    @Test
    void aBuildThatFailsInTheThemeLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path out = folder.resolve("out");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        Map<String, String> before = tree(out);

        site.file("themes/default/templates/faq.peb", "{% extends \"layout\" %}");
        site.file("themes/default/templates/home.peb", "{{ no.such.variable }}");
        SiteBuild.Result result = SiteBuild.build(site.config(), Optional.of(out), DATES, false);
        assertFalse(result.ok());
        assertEquals("theme", result.diagnostics().all().get(0).rule());
        assertEquals(before, tree(out));
    }

    @Test
    void aSuccessfulBuildReplacesAPreviousOutputWholeAndLeavesNoStagingFolders() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path out = folder.resolve("out");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
        Files.writeString(out.resolve("stale.html"), "from an older build");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        assertFalse(Files.exists(out.resolve("stale.html")));
        assertTrue(Files.exists(out.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(folder)) {
            assertEquals(2, siblings.count(), "only site/ and out/ remain");
        }
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path webRoot = folder.resolve("www");
        Files.createDirectories(webRoot);
        Files.writeString(webRoot.resolve("index.php"), "<?php // someone else's site");
        var run = dev.trustcenter.cli.CommandLineTestAccess.run("build", "-c", site.config().toString(), "--as-of",
                DAY.toString(), "-o", webRoot.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("already holds files that trustcenter did not write"), run.err());
        assertEquals(Map.of("index.php", Arrays.toString("<?php // someone else's site".getBytes())), tree(webRoot));
    }

    @Test
    void anEmptyFolderIsUsed() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertTrue(SiteBuild.build(site.config(), Optional.of(empty), DATES, false).ok());
        assertTrue(Files.exists(empty.resolve("index.html")));
    }

    /** A web server running as another user must be able to read the output, as after cp. */
    @Test
    void folderAndFilePermissionsFollowTheUmask() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path out = folder.resolve("out");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        Path plainFolder = Files.createDirectory(folder.resolve("plain"));
        Path plainFile = Files.writeString(folder.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plainFolder), Files.getPosixFilePermissions(out));
        assertEquals(Files.getPosixFilePermissions(plainFolder), Files.getPosixFilePermissions(out.resolve("faq").getParent().resolve("compliance")));
        assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(out.resolve("index.html")));
        assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)
                || !Files.getPosixFilePermissions(plainFolder).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
                "never 0700 where the umask allows more");
    }

    @Test
    void aSymlinkedOutputIsWrittenThroughTheLink() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path real = folder.resolve("srv/trust");
        assertTrue(SiteBuild.build(site.config(), Optional.of(real), DATES, false).ok());
        Path link = Files.createSymbolicLink(folder.resolve("public"), Path.of("srv/trust"));
        assertTrue(SiteBuild.build(site.config(), Optional.of(link), DATES, false).ok());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.exists(real.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(real.getParent())) {
            assertEquals(1, siblings.count(), "no staging folder is left beside the real folder");
        }
    }

    @Test
    void stagingFoldersLeftByAKilledBuildAreRemovedByTheNext() throws IOException {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        Path out = folder.resolve("out");
        Files.createDirectories(folder.resolve(".out.new-3f2a1b"));
        Files.writeString(folder.resolve(".out.new-3f2a1b/index.html"), "half written");
        assertTrue(SiteBuild.build(site.config(), Optional.of(out), DATES, false).ok());
        assertFalse(Files.exists(folder.resolve(".out.new-3f2a1b")));
    }

    @Test
    void refusesToReplaceAFolderThatHoldsTheSite() {
        TestSite site = TestSite.create(folder.resolve("site"), "");
        SiteBuild.Result result = assertDoesNotThrowBuild(site, site.root().resolve("content"));
        assertFalse(result.ok());
        assertEquals("unsafe-output", result.diagnostics().all().get(0).rule());
        assertTrue(Files.exists(site.root().resolve("content/compliance.yaml")));
        assertThrows(IllegalArgumentException.class, () -> new dev.trustcenter.render.OutputFile("../x", new byte[0]));
    }

    private static SiteBuild.Result assertDoesNotThrowBuild(TestSite site, Path output) {
        try {
            return SiteBuild.build(site.config(), Optional.of(output), DATES, false);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The build daemon cancels a build whose client went away by interrupting its thread: nothing is replaced. */
    @org.junit.jupiter.api.Test
    void aBuildWhoseThreadIsInterruptedLeavesThePreviousOutputAndNoStaging() throws Exception {
        Path output = folder.resolve("public");
        SiteWriter.write(java.util.List.of(new dev.trustcenter.render.OutputFile("index.html",
                "first".getBytes(java.nio.charset.StandardCharsets.UTF_8))), output);
        Map<String, String> before = tree(output);
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread build = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                SiteWriter.write(java.util.List.of(new dev.trustcenter.render.OutputFile("index.html",
                        "second".getBytes(java.nio.charset.StandardCharsets.UTF_8))), output);
            } catch (IOException e) {
                thrown.set(e);
            }
        });
        build.start();
        build.join();
        org.junit.jupiter.api.Assertions.assertInstanceOf(SiteWriter.Interrupted.class, thrown.get());
        org.junit.jupiter.api.Assertions.assertEquals(before, tree(output));
        try (Stream<Path> left = Files.list(folder)) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(output), left.toList(), "no staging folder left");
        }
    }
}
