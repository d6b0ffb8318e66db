package dev.trustcenter.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` trusts its watcher to name what changed and looks at nothing else: every kind of change a publisher makes
 * still reaches the served site, through the real watcher.
 */
class ServeWatchTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;


    @Test
    void editsAdditionsRemovalsAndAMovedFolderReachTheServedSite() throws Exception {
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + TestSite.policy("Alpha", "First text.")
                + "-- content/policies/b.md --\n" + TestSite.policy("Beta", "Other text."));
        try (PreviewServer server = PreviewServer.start(site.config(), 0, c -> new BuildDates(DAY, DAY), r -> { })) {
            URI a = server.address().resolve("policies/a/index.html");
            URI c = server.address().resolve("policies/c/index.html");
            Path policies = site.root().resolve("content/policies");

            Files.writeString(policies.resolve("a.md"), TestSite.policy("Alpha", "Edited text."));
            await(a, 200, body -> body.contains("Edited text."));
            Files.writeString(policies.resolve("c.md"), TestSite.policy("Gamma", "A new policy."));
            await(c, 200, body -> body.contains("A new policy."));
            await(server.address().resolve("policies/index.html"), 200, body -> body.contains("Gamma"));
            Files.delete(policies.resolve("c.md"));
            await(c, 404, body -> true);

            // The folder moved away and back: its pages go, then come back as they now read.
            Path moved = site.root().resolve("content/policies-away");
            Files.move(policies, moved);
            await(a, 404, body -> true);
            Files.writeString(moved.resolve("a.md"), TestSite.policy("Alpha", "Edited while away."));
            Files.move(moved, policies);
            await(a, 200, body -> body.contains("Edited while away."));
        }
    }

    /** A configuration file with another name (-c trust.yaml) is watched as site-config.yaml would be. */
    @Test
    void aConfigurationFileOfAnotherNameIsWatched() throws Exception {
        TestSite site = TestSite.create(folder, "-- content/policies/a.md --\n" + TestSite.policy("Alpha", "First text."));
        Path config = Files.move(site.config(), site.root().resolve("trust.yaml"));
        String text = Files.readString(config);
        try (PreviewServer server = PreviewServer.start(config, 0, c -> new BuildDates(DAY, DAY), r -> { })) {
            URI home = server.address();
            Files.writeString(config, text.replaceFirst("(?m)^(\\s+title: )(.*)$", "$1Renamed Trust Center"));
            await(home, 200, body -> body.contains("Renamed Trust Center"));
        }
    }

    /** Waits for the rebuild the file watcher triggers; generous, since a loaded machine may be slow. */
    static void await(URI page, int status, Predicate<String> body) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> last = null;
        for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
            last = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == status && body.test(last.body())) {
                return;
            }
        }
        HttpResponse<String> seen = last;
        assertTrue(false, () -> page + " never answered " + status + " as expected; last " + seen.statusCode());
    }

    /**
     * The preview server answers without Nagle's delay: the JDK's server writes headers and body apart, and a
     * kept-alive request's body would otherwise wait 40 ms for the browser's delayed acknowledgement.
     */
    @Test
    void thePreviewServerSendsWithoutNaglesDelay() throws Exception {
        TestSite site = TestSite.create(folder, "");
        try (PreviewServer server = PreviewServer.start(site.config(), 0, c -> new BuildDates(DAY, DAY), r -> { })) {
            org.junit.jupiter.api.Assertions.assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
        }
    }
}
