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


    @Test
    void rebuildsInASessionMatchFreshBuildsAfterContentAndThemeChanges() throws IOException {
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + TestSite.policy("Alpha", "First text.")
                + "-- content/policies/b.md --\n" + TestSite.policy("Beta", "Other text.")
                + "-- content/faq.yaml --\n- {question: \"Q?\", answer: A.}\n");
        SiteBuild.Session session = new SiteBuild.Session();
        assertEquals(render(site, Optional.empty()), render(site, Optional.of(session)));

        Path a = site.root().resolve("content/policies/a.md");
        Files.writeString(a, TestSite.policy("Alpha", "Changed text, same length!"));
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
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + TestSite.policy("Alpha", "First text."));
        SiteBuild.Session session = new SiteBuild.Session();
        render(site, Optional.of(session));
        Path a = site.root().resolve("content/policies/a.md");
        FileTime old = Files.getLastModifiedTime(a);
        // Same size, and the old modification time put back, as rsync -t, cp -p or tar do.
        Files.writeString(a, TestSite.policy("Alpha", "Other text."));
        Files.setLastModifiedTime(a, old);
        Map<String, String> rebuilt = render(site, Optional.of(session));
        assertTrue(rebuilt.get("policies/a/index.html").contains("Other text."));
        assertEquals(render(site, Optional.empty()), rebuilt);
    }

    static Map<String, String> digests(SiteBuild.Result result) {
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return result.files().orElseThrow().stream().collect(Collectors.toMap(OutputFile::path, f -> {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(f.bytes()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /**
     * What a session reuses (file readings, renderings, pages by their models, and pages and files by the inputs a
     * page set names) never makes a rebuild differ from a fresh build, whichever file of the example changes: each
     * change below touches an input of a different page set, in two languages.
     */
    @Test
    void everyKindOfChangeToTheExampleRebuildsInASessionAsAFreshBuildWould() throws IOException {
        everyKindOfChange(false);
    }

    /** The same with a watcher's reports, as `serve` runs: only the files it names are looked at again. */
    @Test
    void everyKindOfChangeReportedByAWatcherRebuildsAsAFreshBuildWould() throws IOException {
        everyKindOfChange(true);
    }

    private static java.util.List<Path> sourceFolders(Path root) {
        return java.util.List.of(root.resolve("site-config.yaml"), root.resolve("content"), root.resolve("private"),
                root.resolve("themes"), root.resolve("grants"));
    }

    private void everyKindOfChange(boolean watched) throws IOException {
        Path root = TestSite.copyOfExample(folder.resolve("example"));
        Path config = root.resolve("site-config.yaml");
        SiteBuild.Session session = new SiteBuild.Session();
        // What serve's watcher would report; without a watcher, the session looks at every file's stamp itself.
        java.util.function.Consumer<Path> report = file -> {
            if (watched) {
                session.changed(java.util.List.of(file));
            }
        };
        if (watched) {
            session.watch(sourceFolders(root));
        }
        BuildRequest fresh = BuildRequest.of(config, DATES);
        assertEquals(digests(SiteBuild.render(fresh)), digests(SiteBuild.render(fresh.in(session))));
        Map<String, java.util.function.UnaryOperator<String>> changes = new java.util.LinkedHashMap<>();
        changes.put("content/policies/access-control.md", t -> t + "\nA sentence added to a policy.\n");
        changes.put("content/policies/information-security.ar.md", t -> t + "\nجملة مضافة إلى الترجمة.\n");
        changes.put("content/policies/information-security.md", t -> t.replaceFirst("(?m)^title: .*$",
                "title: Information Security, renamed"));
        changes.put("content/subprocessors.yaml", t -> t.replace("Cloud hosting and infrastructure",
                "Hosting and infrastructure"));
        changes.put("content/controls.yaml", t -> t.replaceFirst("evidence: \\[information-security\\]",
                "evidence: [information-security, access-control]"));
        changes.put("content/ai-systems.yaml", t -> t.replace("name: Forecast Assistant", "name: Forecast Assistant Pro"));
        changes.put("content/compliance.yaml", t -> t.replace("auditor: Prescient Assurance LLC", "auditor: Prescient LLP"));
        changes.put("content/faq.yaml", t -> t + "\n- question: A new question?\n  answer: A new answer.\n");
        changes.put("site-config.yaml", t -> t.replaceFirst("(?m)^(\\s+title: )(.*)$", "$1$2, renamed"));
        changes.put("content/assets/logo.svg", t -> t.replace("</svg>", "<circle cx=\"1\" cy=\"1\" r=\"1\"/></svg>"));
        for (var change : changes.entrySet()) {
            Path file = root.resolve(change.getKey());
            String before = Files.readString(file);
            String after = change.getValue().apply(before);
            assertNotEquals(before, after, "the change to " + change.getKey() + " changes something");
            Files.writeString(file, after);
            report.accept(file);
            Map<String, String> rebuilt = digests(SiteBuild.render(fresh.in(session)));
            assertEquals(digests(SiteBuild.render(fresh)), rebuilt, "after changing " + change.getKey());
        }
        // A framework declared in site-config.yaml: compliance.yaml's reading depends on it, not only on its file.
        Files.writeString(config, Files.readString(config) + "frameworks:\n  - {id: acme-cert, name: ACME Certification, "
                + "short_name: ACME, kind: framework, issuer: ACME Association, profile: posture}\n");
        Path compliance = root.resolve("content/compliance.yaml");
        Files.writeString(compliance, Files.readString(compliance) + "- {id: acme, framework: acme-cert, status: compliant}\n");
        report.accept(config);
        report.accept(compliance);
        assertEquals(digests(SiteBuild.render(fresh)), digests(SiteBuild.render(fresh.in(session))),
                "after declaring a framework and an entry of it");
        Files.writeString(config, Files.readString(config).replace("name: ACME Certification,",
                "name: ACME Certification Scheme,"));
        report.accept(config);
        Map<String, String> renamed = digests(SiteBuild.render(fresh.in(session)));
        assertEquals(digests(SiteBuild.render(fresh)), renamed, "after renaming the framework in site-config.yaml alone");

        Path added = root.resolve("content/policies/temporary.md");
        Files.writeString(added, TestSite.policy("Temporary", "A policy that comes and goes."));
        report.accept(added);
        Map<String, String> withIt = digests(SiteBuild.render(fresh.in(session)));
        assertTrue(withIt.containsKey("policies/temporary/index.html"));
        assertEquals(digests(SiteBuild.render(fresh)), withIt, "after adding a policy");
        Files.delete(added);
        report.accept(added);
        assertEquals(digests(SiteBuild.render(fresh)), digests(SiteBuild.render(fresh.in(session))),
                "after deleting a policy");
    }

    /** A site with the policies a ("Alpha", with {@code text}) and b ("Beta"). */
    private TestSite twoPolicies(String text) {
        return TestSite.create(folder, "-- content/policies/a.md --\n" + TestSite.policy("Alpha", text)
                + "-- content/policies/b.md --\n" + TestSite.policy("Beta", "Other text."));
    }

    /**
     * A watched session trusts the watcher: a change it did not report is not looked at (which is what spares a
     * rebuild a look at every file), a reported one is, and so is a change made before the watch began.
     */
    @Test
    void aWatchedSessionLooksAgainAtWhatTheWatcherReportsAndAtWhatChangedBeforeTheWatch() throws IOException {
        TestSite site = twoPolicies("First text.");
        SiteBuild.Session session = new SiteBuild.Session();
        render(site, Optional.of(session));
        Path a = site.root().resolve("content/policies/a.md");
        Files.writeString(a, TestSite.policy("Alpha", "Changed before the watch began."));
        session.watch(sourceFolders(site.root()));
        assertTrue(render(site, Optional.of(session)).get("policies/a/index.html")
                .contains("Changed before the watch began."));

        Files.writeString(a, TestSite.policy("Alpha", "Changed, and not reported."));
        assertTrue(render(site, Optional.of(session)).get("policies/a/index.html")
                .contains("Changed before the watch began."), "an unreported change is not looked at");
        session.changed(java.util.List.of(a));
        assertTrue(render(site, Optional.of(session)).get("policies/a/index.html").contains("Changed, and not reported."));

        // A folder reported (a watcher that lost events reports the site's folder): everything under it is read again.
        Path b = site.root().resolve("content/policies/b.md");
        Files.writeString(b, TestSite.policy("Beta", "Changed while events were lost."));
        Path c = site.root().resolve("content/policies/c.md");
        Files.writeString(c, TestSite.policy("Gamma", "Added while events were lost."));
        session.changed(java.util.List.of(site.root()));
        Map<String, String> rebuilt = render(site, Optional.of(session));
        assertTrue(rebuilt.get("policies/b/index.html").contains("Changed while events were lost."));
        assertTrue(rebuilt.containsKey("policies/c/index.html"));
        assertEquals(render(site, Optional.empty()), rebuilt);
    }

    /** A text's links are checked again when a page it links to goes, though the text did not change. */
    @Test
    void aLinkToAPageThatWentIsReportedInASessionAsInAFreshBuild() throws IOException {
        TestSite site = twoPolicies("See [Beta](../b/).");
        SiteBuild.Session session = new SiteBuild.Session();
        render(site, Optional.of(session));
        Files.delete(site.root().resolve("content/policies/b.md"));
        var inSession = SiteBuild.render(BuildRequest.of(site.config(), DATES).in(session)).diagnostics().all();
        var fresh = SiteBuild.render(BuildRequest.of(site.config(), DATES)).diagnostics().all();
        assertTrue(inSession.stream().anyMatch(d -> d.rule().equals("broken-link")), inSession::toString);
        assertEquals(fresh, inSession);
        site.file("content/policies/b.md", TestSite.policy("Beta", "Back again."));
        var back = SiteBuild.render(BuildRequest.of(site.config(), DATES).in(session)).diagnostics().all();
        assertTrue(back.stream().noneMatch(d -> d.rule().equals("broken-link")), back::toString);
    }

    /** A session keeps documents' bytes and digests between builds, and reads them again when the files change. */
    @Test
    void changedDocumentsAreReadAndHashedAgainInASession() throws Exception {
        TestSite site = TestSite.create(folder, """
                -- content/documents.yaml --
                - {id: report, title: Report, access: gated, file: report.txt}
                - {id: sheet, title: Sheet, access: public, file: sheet.txt}
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant, documents: [report, sheet]}
                -- private/report.txt --
                A gated report.
                -- content/documents/sheet.txt --
                A public sheet.
                """);
        SiteBuild.Session session = new SiteBuild.Session();
        assertEquals(render(site, Optional.empty()), render(site, Optional.of(session)));
        site.file("private/report.txt", "A gated report, reissued.");
        site.file("content/documents/sheet.txt", "A public sheet, corrected.");
        Map<String, String> rebuilt = render(site, Optional.of(session));
        assertEquals(render(site, Optional.empty()), rebuilt);
        assertTrue(rebuilt.get("documents/sheet.txt").contains("corrected"));
        assertTrue(rebuilt.get("trust.json").contains(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest("A gated report, reissued.".getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * What a link leads to may lie where no watcher looks (here a folder of the site outside content/): a watched
     * session still sees it change, since a file reached through a link is looked at every time.
     */
    @Test
    void aWatchedSessionStillSeesAChangeBehindASymbolicLink() throws IOException {
        TestSite site = TestSite.create(folder, "-- drafts/linked.md --\n" + TestSite.policy("Linked", "First words."));
        Path target = site.root().resolve("drafts/linked.md");
        Files.createDirectories(site.root().resolve("content/policies"));
        Files.createSymbolicLink(site.root().resolve("content/policies/linked.md"), target);
        SiteBuild.Session session = new SiteBuild.Session();
        session.watch(sourceFolders(site.root()));
        render(site, Optional.of(session));
        render(site, Optional.of(session));
        Files.writeString(target, TestSite.policy("Linked", "Second words."));
        assertTrue(render(site, Optional.of(session)).get("policies/linked/index.html").contains("Second words."));
    }
}
