package dev.trustcenter.cli;

import picocli.CommandLine;

/**
 * A command that cannot go on, with the exit code SPEC §5 gives it and the sentence to print. Thrown from a command
 * and printed by TrustCenterCli's handler, so no command spells an exit code or the "trustcenter: " prefix.
 */
final class CommandFailure extends RuntimeException {

    /** SPEC §5: the content has errors; nothing was written. */
    static final int CONTENT_ERRORS = 1;
    /** SPEC §5: the command line was wrong (picocli's own code for usage errors). */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    /** SPEC §5: an I/O or internal failure. */
    static final int IO_FAILURE = 3;

    private final int exitCode;

    private CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The command line, or what it asks for, cannot be done as given. */
    static CommandFailure usage(String message) {
        return new CommandFailure(USAGE, message);
    }

    /** The content has errors, already printed; {@code message} says what was not done. */
    static CommandFailure content(String message) {
        return new CommandFailure(CONTENT_ERRORS, message);
    }

    /** Reading or writing failed. */
    static CommandFailure io(String message) {
        return new CommandFailure(IO_FAILURE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
