package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.Sessions;
import dev.trustcenter.daemon.BuildDaemon;
import dev.trustcenter.daemon.DaemonClient;
import dev.trustcenter.daemon.DaemonFiles;
import dev.trustcenter.daemon.DaemonIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm path: bin/trustcenter sends build and check to a resident build process, whose output is byte-identical
 * to a build in a process of its own, before and after the content and the theme change; and the daemon answers no
 * one without its token and its identity.
 */
class DaemonTest {

    @TempDir
    Path folder;

    private Path install;
    private Path jar;
    private DaemonIdentity identity;
    private DaemonFiles files;
    private BuildDaemon daemon;

    @BeforeEach
    void startDaemon() throws IOException {
        // An installation as bin/trustcenter sees one: the script beside target/trustcenter.jar. The jar is never run:
        // a command that did not reach the daemon would fail to start it.
        install = folder.resolve("install");
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("target"));
        Files.copy(Path.of("bin/trustcenter"), install.resolve("bin/trustcenter"));
        jar = Files.writeString(install.resolve("target/trustcenter.jar"), "not a jar");
        identity = DaemonIdentity.of(System.getProperty("user.name"), jar, Path.of(System.getProperty("java.home")));
        files = new DaemonFiles(folder.resolve("daemon"));
        Sessions sessions = new Sessions(DaemonCommand.SITES_KEPT);
        daemon = BuildDaemon.start(identity, files, Duration.ofMinutes(5),
                (request, out, err) -> DaemonCommand.handle(request, sessions, out, err));
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    record Run(int exit, String out, String err) {}

    /** bin/trustcenter, in {@code directory}, with the test JVM first on PATH (the identity names that JVM). */
    private Run script(Path directory, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash",
                install.resolve("bin/trustcenter").toString()), Stream.of(arguments)).toList()).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + environment.get("PATH"));
        environment.put(DaemonFiles.FOLDER_VARIABLE, files.folder().toString());
        environment.put("SOURCE_DATE_EPOCH", "1795132800"); // 2026-11-20
        environment.remove("TRUSTCENTER_DAEMON");
        Path out = folder.resolve("script.out");
        Path err = folder.resolve("script.err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/trustcenter did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The same command in this JVM, as a process of its own would run it. */
    private static Run inProcess(Path directory, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Invocation invocation = new Invocation(directory, Map.of("SOURCE_DATE_EPOCH", "1795132800"),
                java.util.Optional.empty());
        picocli.CommandLine cli = TrustCenterCli.commandLine(arguments[0], invocation);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(arguments);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void buildsThroughTheDaemonAreByteIdenticalToBuildsInProcessBeforeAndAfterChanges() throws Exception {
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        Run warm = script(site, "build", "-q", "-o", "out-daemon");
        assertEquals(1, daemon.served(), "the build did not go through the daemon: " + warm);
        assertEquals(0, warm.exit(), warm.err());
        assertEquals(0, inProcess(site, "build", "-q", "-o", "out-process").exit());
        assertEquals(TestSite.digests(site.resolve("out-process")), TestSite.digests(site.resolve("out-daemon")));
        assertTrue(Files.readString(site.resolve("out-daemon/index.html")).contains("20 November 2026"),
                "SOURCE_DATE_EPOCH reached the daemon");

        // A policy and a template change; the daemon's session must see both by itself.
        Path policy = site.resolve("content/policies/information-security.md");
        Files.writeString(policy, Files.readString(policy) + "\nA paragraph added for the warm path.\n");
        Path template = site.resolve("themes/default/templates/404.peb");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "{% extends \"layout\" %}{% block content %}<h1>Not here</h1>{% endblock %}");
        assertEquals(0, script(site, "build", "-q", "-o", "out-daemon").exit());
        assertEquals(2, daemon.served());
        assertEquals(0, inProcess(site, "build", "-q", "-o", "out-process").exit());
        assertEquals(TestSite.digests(site.resolve("out-process")), TestSite.digests(site.resolve("out-daemon")));
        assertTrue(Files.readString(site.resolve("out-daemon/policies/information-security/index.html"))
                .contains("A paragraph added for the warm path."));
        assertTrue(Files.readString(site.resolve("out-daemon/404.html")).contains("Not here"));

        // check: the same findings on the same streams, and the same exit code, from another directory (-c).
        Run checked = script(folder, "check", "-c", "site/site-config.yaml", "--format", "json");
        Run expected = inProcess(folder, "check", "-c", "site/site-config.yaml", "--format", "json");
        assertEquals(expected, checked);
        assertEquals(3, daemon.served());
    }

    @Test
    void aFailedBuildThroughTheDaemonReportsAsInProcessAndWritesNothing() throws Exception {
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        Files.writeString(site.resolve("content/faq.yaml"), "- question: [not, text]\n");
        Run warm = script(site, "build", "-o", "out");
        Run cold = inProcess(site, "build", "-o", "out");
        assertEquals(1, warm.exit());
        assertEquals(cold, warm);
        assertFalse(Files.exists(site.resolve("out")));
    }

    @Test
    void refusesARequestWithoutTheTokenOrFromAnotherJarJvmOrUser() throws Exception {
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        List<String> run = List.of("run", "cwd " + site, "arg build", "arg -o", "arg out", "end");
        DaemonFiles.Address real = daemon.address();
        DaemonFiles.Address guessed = new DaemonFiles.Address(real.port(), "0".repeat(64), real.pid());
        assertEquals(List.of("refused token"), DaemonClient.send(guessed, identity, run));
        DaemonIdentity other = new DaemonIdentity(identity.text().replace("user=", "user=someone-else-"));
        assertTrue(DaemonClient.send(real, other, run).get(0).startsWith("refused identity"));
        assertEquals(0, daemon.served());
        assertFalse(Files.exists(site.resolve("out")));
        // The right token and identity are served.
        List<String> answer = DaemonClient.send(real, identity, run);
        assertEquals("ok", answer.get(0));
        assertEquals("x 0", answer.get(answer.size() - 1));
        assertTrue(Files.exists(site.resolve("out/index.html")));
    }

    @Test
    void theScriptIgnoresAnAddressFileOthersCouldHaveWrittenAndRunsInProcess() throws Exception {
        Path address = files.address(identity);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(address)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.folder())));
        Files.setPosixFilePermissions(address, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(files.read(identity).isEmpty(), "an address file others may read is not believed");

        // A token that is not the daemon's: the script falls back to its own process (here a jar that is no jar).
        Files.setPosixFilePermissions(address, PosixFilePermissions.fromString("rw-------"));
        DaemonFiles.Address real = daemon.address();
        Files.writeString(address, real.port() + " " + "f".repeat(64) + " " + real.pid() + "\n");
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        Run run = script(site, "build", "-o", "out");
        assertEquals(0, daemon.served());
        assertTrue(run.exit() != 0 && run.err().contains("jar"), run.toString());
    }

    @Test
    void theAddressOfAKilledDaemonIsRemovedByTheScriptWhichRunsInProcess() throws Exception {
        DaemonFiles.Address address = daemon.address();
        daemon.close(); // as if killed: nothing listens, but an address file is left behind
        Files.writeString(files.address(identity), address.port() + " " + address.token() + " " + address.pid() + "\n");
        Files.setPosixFilePermissions(files.address(identity), PosixFilePermissions.fromString("rw-------"));
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        Run run = script(site, "build", "-o", "out");
        assertTrue(run.exit() != 0 && run.err().contains("jar"), "ran in process: " + run);
        assertFalse(Files.exists(files.address(identity)), "the stale address is gone");
    }

    @Test
    void stopsWhenIdleAndRemovesItsAddress() throws Exception {
        daemon.close();
        BuildDaemon idle = BuildDaemon.start(identity, files, Duration.ofMillis(200), (request, out, err) -> 0);
        assertTrue(Files.exists(files.address(identity)));
        assertTrue(idle.awaitStop(Duration.ofSeconds(10)), "an idle daemon stops by itself");
        assertFalse(Files.exists(files.address(identity)));
    }

    @Test
    void aNewJarStopsAnOldJarsDaemonWithItsTokenButCannotBuildThroughIt() throws Exception {
        DaemonIdentity newJar = new DaemonIdentity(identity.text().replace(" jar=", " jar=/new"));
        DaemonFiles.Address address = files.all().get(0);
        assertEquals(daemon.address(), address);
        assertTrue(DaemonClient.send(address, newJar, List.of("run", "cwd /", "arg check", "end")).get(0)
                .startsWith("refused identity"));
        DaemonFiles.Address guessed = new DaemonFiles.Address(address.port(), "1".repeat(64), address.pid());
        assertEquals(List.of("refused token"), DaemonClient.send(guessed, newJar, List.of("stop")));
        assertFalse(daemon.awaitStop(Duration.ofMillis(100)));
        assertEquals(List.of("ok", "x 0"), DaemonClient.send(address, newJar, List.of("stop")));
        assertTrue(daemon.awaitStop(Duration.ofSeconds(5)));
        assertTrue(files.all().isEmpty());
    }

    @Test
    void aClientThatGoesAwayCancelsItsCommand() throws Exception {
        daemon.close();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Boolean> interrupted = new java.util.concurrent.CompletableFuture<>();
        BuildDaemon slow = BuildDaemon.start(identity, files, Duration.ofMinutes(5), (request, out, err) -> {
            started.countDown();
            try {
                Thread.sleep(30_000);
                interrupted.complete(false);
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
            return 0;
        });
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                slow.address().port())) {
            socket.getOutputStream().write((BuildDaemon.PROTOCOL + "\ntoken " + slow.address().token() + "\nidentity "
                    + identity.text() + "\nrun\ncwd /\narg build\nend\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS), "the command started");
        } // as Ctrl-C in the client's terminal would: the connection closes
        assertTrue(interrupted.get(10, java.util.concurrent.TimeUnit.SECONDS), "the command was interrupted");
        slow.close();
    }

    @Test
    void findingsAreColouredOnlyWhenTheClientsTerminalTakesColour() throws Exception {
        Path site = TestSite.copyOfExample(folder.resolve("site"));
        List<String> plain = DaemonClient.send(daemon.address(), identity,
                List.of("run", "cwd " + site, "arg check", "end"));
        List<String> coloured = DaemonClient.send(daemon.address(), identity,
                List.of("run", "cwd " + site, "env TRUSTCENTER_COLOUR=1", "arg check", "end"));
        assertTrue(plain.stream().anyMatch(line -> line.contains("warning")), plain.toString());
        assertFalse(String.join("\n", plain).contains("\u001B["), "no escape codes for a pipe");
        assertTrue(String.join("\n", coloured).contains("\u001B["), "escape codes for a terminal");
    }

    @Test
    void anIdleTimeoutUnderAMinuteIsAUsageError() {
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = TrustCenterCli.commandLine("daemon");
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("daemon", "start", "--idle-timeout", "0"));
        assertTrue(err.toString().contains("--idle-timeout must be at least 1 minute"), err.toString());
    }

    @Test
    void runsOnlyBuildAndCheck() throws Exception {
        List<String> answer = DaemonClient.send(daemon.address(), identity,
                List.of("run", "cwd " + folder, "arg grant", "arg x", "end"));
        assertEquals("x 2", answer.get(answer.size() - 1));
        assertTrue(answer.get(1).contains("build and check only"), answer.toString());
    }

}
