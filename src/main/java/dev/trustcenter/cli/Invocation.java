package dev.trustcenter.cli;

import dev.trustcenter.build.Sessions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how a command runs: the caller's working directory, which relative paths on the command line are
 * read against; the caller's environment; and, in the resident build process, the sessions kept between builds.
 * A command run in its own process has its process's directory and environment and no sessions.
 */
record Invocation(Path workingDirectory, Map<String, String> environment, Optional<Sessions> sessions) {

    Invocation {
        environment = Map.copyOf(environment);
    }

    static Invocation ofProcess() {
        return new Invocation(Path.of(""), System.getenv(), Optional.empty());
    }

    Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    /**
     * Whether findings are coloured: by the terminal of this process, or as the daemon's client says of its own
     * ({@value #COLOUR} set when its standard error is a terminal and NO_COLOR is not set).
     */
    picocli.CommandLine.Help.Ansi ansi() {
        if (sessions.isEmpty()) {
            return picocli.CommandLine.Help.Ansi.AUTO;
        }
        return env(COLOUR).isPresent() ? picocli.CommandLine.Help.Ansi.ON : picocli.CommandLine.Help.Ansi.OFF;
    }

    /** Sent by bin/trustcenter to the daemon when its standard error is a terminal that takes colour. */
    static final String COLOUR = "TRUSTCENTER_COLOUR";

    /** A path from the command line, read against the caller's working directory. */
    Path path(String argument) {
        return workingDirectory.resolve(argument);
    }
}
