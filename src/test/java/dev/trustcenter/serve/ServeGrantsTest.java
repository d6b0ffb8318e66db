package dev.trustcenter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.cli.CommandLineTestAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §C3: `serve` picks up a new or revoked grant without a restart. */
class ServeGrantsTest {

    @TempDir
    Path folder;

    @Test
    void aNewGrantAppearsAndARevokedOneGoesWithoutARestart() throws Exception {
        TestSite site = TestSite.create(folder, TestSite.GATED_REPORT);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (PreviewServer server = PreviewServer.start(site.config(), 0, c -> new BuildDates(today, today), r -> { })) {
            var run = CommandLineTestAccess.run("grant", "-c", site.config().toString(), "--doc", "report", "--to",
                    "jane@acme-corp.com", "--name", "Jane", "--company", "Acme Corp");
            assertEquals(0, run.exit(), run.err());
            Matcher m = Pattern.compile("/access/([A-Za-z0-9_-]+)/#").matcher(run.out());
            m.find();
            URI page = server.address().resolve("access/" + m.group(1) + "/index.html");
            awaitStatus(page, 200);
            assertEquals(0, CommandLineTestAccess.run("revoke", "-c", site.config().toString(), m.group(1)).exit());
            awaitStatus(page, 404);
        }
    }

    /** Waits for the rebuild the file watcher triggers; generous, since a loaded machine may be slow. */
    static void awaitStatus(URI page, int expected) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        int status = -1;
        for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
            status = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == expected) {
                return;
            }
        }
        assertEquals(expected, status, page.toString());
    }
}
