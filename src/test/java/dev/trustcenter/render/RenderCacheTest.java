package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renderings kept on disk are reused by a new process, and an entry that is corrupt or not this build's is not. */
class RenderCacheTest {

    static final String TEXT = "# Access\n\nSee [the policy](https://example.com/p) and ![chart](chart.png).\n\n"
            + "<img src=x onerror=alert(1)> | a | b |\n";

    @TempDir
    Path folder;

    private Markdown markdown(String version) {
        return new Markdown(false, Optional.of(new RenderCache(folder.resolve("cache"), version)));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(folder.resolve("cache"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aNewProcessReusesARenderingWithItsLinksAndAnotherVersionDoesNot() {
        Markdown first = markdown("v1");
        String html = first.toHtml(TEXT);
        assertEquals(1, first.rendered());
        assertEquals(new Markdown().toHtml(TEXT), html);

        Markdown second = markdown("v1");
        assertEquals(html, second.toHtml(TEXT));
        assertEquals(0, second.rendered(), "read from the cache, not rendered");
        assertEquals(first.links(TEXT), second.links(TEXT));
        assertFalse(second.links(TEXT).isEmpty());

        Markdown otherVersion = markdown("v2");
        assertEquals(html, otherVersion.toHtml(TEXT));
        assertEquals(1, otherVersion.rendered(), "another build's or another option's entry is not read");
    }

    @Test
    void aCorruptOrForeignEntryIsIgnoredNeverPublishedAndRenderedAgain() throws IOException {
        String clean = new Markdown().toHtml(TEXT);
        markdown("v1").toHtml(TEXT);
        Path entry = entries().get(0);
        String good = Files.readString(entry);
        String otherKey = new RenderCache(folder.resolve("cache"), "v1").key("Another text.");
        Map<String, UnaryOperator<String>> corruptions = Map.of(
                "truncated", s -> s.substring(0, s.length() / 2),
                "empty", s -> "",
                "not JSON", s -> "\u0000\u0001garbage",
                "a changed byte", s -> s.replace("Access", "Acce5s"),
                "planted script, checksum kept", s -> s.replace("<h2", "<script>alert(1)</script><h2"),
                "another text's entry under this name", s -> s.replaceFirst("\"key\":\"[0-9a-f]+\"",
                        "\"key\":\"" + otherKey + "\""));
        for (var corruption : corruptions.entrySet()) {
            Files.writeString(entry, corruption.getValue().apply(good));
            Markdown reader = markdown("v1");
            String html = reader.toHtml(TEXT);
            assertEquals(clean, html, corruption.getKey());
            assertFalse(html.contains("<script") || html.contains("onerror"), corruption.getKey());
            assertEquals(1, reader.rendered(), corruption.getKey() + ": rendered again");
            assertEquals(good, Files.readString(entry), corruption.getKey() + ": the entry is written afresh");
        }
    }

    @Test
    void aSiteBuiltFromTheCacheIsByteIdenticalAndTheCacheHoldsOnlyWhatTheSiteUses() throws IOException {
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        LocalDate day = LocalDate.parse("2026-11-22");
        BuildRequest request = BuildRequest.of(site.resolve("site-config.yaml"), new BuildDates(day, day));
        assertTrue(SiteBuild.build(request.writingTo(Optional.of(site.resolve("fresh")))).ok());
        assertTrue(SiteBuild.build(request.caching(true).writingTo(Optional.of(site.resolve("filled")))).ok());
        Path cache = site.resolve(RenderCache.FOLDER);
        long entries;
        try (Stream<Path> walk = Files.walk(cache)) {
            entries = walk.filter(Files::isRegularFile).count();
        }
        assertTrue(entries > 10, "every Markdown text is kept: " + entries);
        assertTrue(Files.readString(site.resolve(".trustcenter/.gitignore")).contains("*"));
        assertTrue(SiteBuild.build(request.caching(true).writingTo(Optional.of(site.resolve("reused")))).ok());
        assertEquals(TestSite.digests(site.resolve("fresh")), TestSite.digests(site.resolve("filled")));
        assertEquals(TestSite.digests(site.resolve("fresh")), TestSite.digests(site.resolve("reused")));

        // Every entry damaged: the build renders again and publishes the same bytes.
        try (Stream<Path> walk = Files.walk(cache)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.write(file, "{\"key\":\"0\",\"html\":\"<script>alert(1)</script>\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(SiteBuild.build(request.caching(true).writingTo(Optional.of(site.resolve("repaired")))).ok());
        assertEquals(TestSite.digests(site.resolve("fresh")), TestSite.digests(site.resolve("repaired")));

        // A changed policy: its old rendering goes, its new one comes; nothing else is kept.
        Path policy = site.resolve("content/policies/information-security.md");
        Files.writeString(policy, Files.readString(policy) + "\nOne more paragraph.\n");
        assertTrue(SiteBuild.build(request.caching(true).writingTo(Optional.of(site.resolve("changed")))).ok());
        try (Stream<Path> walk = Files.walk(cache)) {
            assertEquals(entries, walk.filter(Files::isRegularFile).count());
        }
        assertTrue(Files.readString(site.resolve("changed/policies/information-security/index.html"))
                .contains("One more paragraph."));
    }
}
