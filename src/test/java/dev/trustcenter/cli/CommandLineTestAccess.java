package dev.trustcenter.cli;

/** Lets tests in other packages run the command line as CommandLineTest does. */
public final class CommandLineTestAccess {

    private CommandLineTestAccess() {}

    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        CommandLineTest.Run run = CommandLineTest.run(args);
        return new Run(run.exit(), run.out(), run.err());
    }
}
