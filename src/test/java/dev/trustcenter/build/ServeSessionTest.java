package dev.trustcenter.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `serve` reuses between rebuilds never makes a rebuild differ from a fresh build of the same files. */
class ServeSessionTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final BuildDates DATES = new BuildDates(DAY, DAY);

    @TempDir
    Path folder;

    static Map<String, String> render(TestSite site, Optional<SiteBuild.Session> session) {
        SiteBuild.Result result = SiteBuild.render(session.map(BuildRequest.of(site.config(), DATES)::in)
                .orElse(BuildRequest.of(site.config(), DATES)));
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return result.files().orElseThrow().stream()
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    static String policy(String title, String body) {
        return "---\ntitle: " + title + "\nversion: \"1\"\nowner: CISO\neffective: 2026-01-01\nlast_reviewed: 2026-01-01\n"
                + "visibility: public\n---\n" + body + "\n";
    }

    @Test
    void rebuildsInASessionMatchFreshBuildsAfterContentAndThemeChanges() throws IOException {
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + policy("Alpha", "First text.")
                + "-- content/policies/b.md --\n" + policy("Beta", "Other text.")
                + "-- content/faq.yaml --\n- {question: \"Q?\", answer: A.}\n");
        SiteBuild.Session session = new SiteBuild.Session();
        assertEquals(render(site, Optional.empty()), render(site, Optional.of(session)));

        Path a = site.root().resolve("content/policies/a.md");
        Files.writeString(a, policy("Alpha", "Changed text, same length!"));
        Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Map<String, String> rebuilt = render(site, Optional.of(session));
        assertEquals(render(site, Optional.empty()), rebuilt);
        assertTrue(rebuilt.get("policies/a/index.html").contains("Changed text, same length!"));

        site.file("content/faq.yaml", "- {question: \"Another question?\", answer: B.}\n");
        Files.setLastModifiedTime(site.root().resolve("content/faq.yaml"), FileTime.from(Instant.parse("2030-01-02T00:00:00Z")));
        assertTrue(render(site, Optional.of(session)).get("faq/index.html").contains("Another question?"));

        Map<String, String> before = render(site, Optional.of(session));
        // No watcher tells the session (as in the resident build process): it sees the new template by itself.
        site.file("themes/default/templates/404.peb", "{% extends \"layout\" %}{% block content %}<h1>Gone</h1>{% endblock %}");
        Map<String, String> afterTheme = render(site, Optional.of(session));
        assertNotEquals(before.get("404.html"), afterTheme.get("404.html"));
        assertEquals(render(site, Optional.empty()), afterTheme);
    }

    @Test
    void aFileWhoseOldModificationTimeWasRestoredIsStillSeenAsChanged() throws IOException {
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + policy("Alpha", "First text."));
        SiteBuild.Session session = new SiteBuild.Session();
        render(site, Optional.of(session));
        Path a = site.root().resolve("content/policies/a.md");
        FileTime old = Files.getLastModifiedTime(a);
        // Same size, and the old modification time put back, as rsync -t, cp -p or tar do.
        Files.writeString(a, policy("Alpha", "Other text."));
        Files.setLastModifiedTime(a, old);
        Map<String, String> rebuilt = render(site, Optional.of(session));
        assertTrue(rebuilt.get("policies/a/index.html").contains("Other text."));
        assertEquals(render(site, Optional.empty()), rebuilt);
    }
}
