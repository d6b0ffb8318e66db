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

    /** A path from the command line, read against the caller's working directory. */
    Path path(String argument) {
        return workingDirectory.resolve(argument);
    }
}
