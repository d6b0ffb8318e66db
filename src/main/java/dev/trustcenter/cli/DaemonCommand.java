package dev.trustcenter.cli;

import dev.trustcenter.build.Sessions;
import dev.trustcenter.daemon.BuildDaemon;
import dev.trustcenter.daemon.DaemonClient;
import dev.trustcenter.daemon.DaemonFiles;
import dev.trustcenter.daemon.DaemonIdentity;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "daemon", mixinStandardHelpOptions = true,
        subcommands = {DaemonCommand.Start.class, DaemonCommand.Stop.class, DaemonCommand.Status.class,
                DaemonCommand.Run.class},
        description = {"The warm path: a resident build process that keeps a JVM and each site's session between "
                + "builds, as Gradle's daemon does. While one runs, bin/trustcenter sends `build` and `check` to it "
                + "(no second JVM starts) and the output is byte-identical to a build in its own process; otherwise, "
                + "or with TRUSTCENTER_DAEMON=off, they run in process as always. TRUSTCENTER_DAEMON=auto starts one "
                + "in the background when none runs. Ctrl-C cancels a build sent to it, and the previous output stays, "
                + "as in process.",
                "It listens on 127.0.0.1 only and answers only requests with the random token of its address file "
                + "(~/.trustcenter/daemon/, or $TRUSTCENTER_DAEMON_DIR; readable by you alone). Another jar, another "
                + "JVM or another user never reuses it."})
final class DaemonCommand implements Callable<Integer> {

    static final int SITES_KEPT = 4;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Runs one command sent to the daemon: build or check, with the caller's directory, environment and sessions. */
    static int handle(BuildDaemon.Request request, Sessions sessions, PrintWriter out, PrintWriter err) {
        String first = request.arguments().get(0);
        if (!first.equals("build") && !first.equals("check")) {
            err.println("trustcenter: the build daemon runs build and check only, not \"" + first + "\".");
            return CommandLine.ExitCode.USAGE;
        }
        CommandLine cli = TrustCenterCli.commandLine(first,
                new Invocation(request.workingDirectory(), request.environment(), Optional.of(sessions)));
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(request.arguments().toArray(String[]::new));
    }

    /** How long a daemon waits for its next build before it stops. */
    static final class IdleTimeout {
        @Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "180",
                description = "Stop after this many minutes without a build. Default: ${DEFAULT-VALUE}.")
        long minutes;

        long minutes() {
            if (minutes < 1) {
                throw CommandFailure.usage("--idle-timeout must be at least 1 minute, but it is " + minutes + ".");
            }
            return minutes;
        }
    }

    private static DaemonFiles files() {
        return DaemonFiles.of(System.getenv());
    }

    /** The running daemon's status line, or empty when none answers. */
    private static Optional<String> status(DaemonFiles files, DaemonIdentity identity) {
        return files.read(identity).flatMap(address -> {
            try {
                return DaemonClient.send(address, identity, List.of("status")).stream()
                        .filter(line -> line.startsWith("o ")).map(line -> line.substring(2)).findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the build daemon in the background, unless one already runs for this jar and JVM.")
    static final class Start implements Callable<Integer> {

        @Mixin
        IdleTimeout idle;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            long minutes = idle.minutes();
            PrintWriter out = spec.commandLine().getOut();
            DaemonFiles files = files();
            DaemonIdentity identity = DaemonIdentity.current();
            Optional<String> running = status(files, identity);
            if (running.isPresent()) {
                out.println("The build daemon is already " + running.get() + ".");
                return 0;
            }
            files.prepareFolder();
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid"); // its own session: closing the terminal does not stop it
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC"));
            command.addAll(archive());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), TrustCenterCli.class.getName(),
                    "daemon", "run", "--idle-timeout", Long.toString(minutes)));
            Path log = files.log(identity);
            Process process = new ProcessBuilder(command).redirectInput(new File("/dev/null"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            for (int waited = 0; waited < 300; waited++) {
                Optional<String> started = status(files, identity);
                if (started.isPresent()) {
                    out.println("Started the build daemon: " + started.get() + ".");
                    return 0;
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
            throw CommandFailure.io("the build daemon did not start; see " + log);
        }
    }

    /**
     * The class-data sharing archive `mvn package` makes beside the jar, when there is one: the daemon's first build
     * then starts as fast as bin/trustcenter's.
     */
    private static List<String> archive() {
        Path archive = Path.of(System.getProperty("java.class.path")).toAbsolutePath().resolveSibling("trustcenter.jsa");
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off") : List.of();
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop your build daemons: the one of this jar and JVM, and any left by an earlier jar.")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DaemonIdentity identity = DaemonIdentity.current();
            int stopped = 0;
            for (DaemonFiles.Address address : files().all()) {
                try {
                    if (DaemonClient.send(address, identity, List.of("stop")).contains("ok")) {
                        stopped++;
                    }
                } catch (IOException e) {
                    // Not answering: nothing to stop there.
                }
            }
            spec.commandLine().getOut().println(stopped == 0 ? "No build daemon is running."
                    : "Stopped " + stopped + " build daemon" + (stopped == 1 ? "" : "s") + ".");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say whether a build daemon runs for this jar and JVM. Exit 0 either way.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(status(files(), DaemonIdentity.current())
                    .map(line -> "The build daemon is " + line + ".")
                    .orElse("No build daemon is running for this jar and JVM."));
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the build daemon in the foreground (for a process supervisor); `start` runs this in the "
                    + "background.")
    static final class Run implements Callable<Integer> {

        @Mixin
        IdleTimeout idle;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Sessions sessions = new Sessions(SITES_KEPT);
            try (BuildDaemon daemon = BuildDaemon.start(DaemonIdentity.current(), files(),
                    Duration.ofMinutes(idle.minutes()), (request, out, err) -> handle(request, sessions, out, err))) {
                spec.commandLine().getOut().println("Build daemon listening on 127.0.0.1:" + daemon.address().port()
                        + " (pid " + daemon.address().pid() + "); stops after " + idle.minutes() + " idle minute(s).");
                spec.commandLine().getOut().flush();
                daemon.awaitStop();
            }
            return 0;
        }
    }
}
