package dev.trustcenter.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The trustcenter command: a static trust center from Markdown and YAML. */
@Command(name = "trustcenter",
        mixinStandardHelpOptions = true,
        versionProvider = TrustCenterCli.Version.class,
        description = "Builds a static trust center from Markdown and YAML: certifications and their status, "
                + "subprocessors, policies, controls, AI systems, security answers, documents, and NDA-gated access "
                + "to confidential reports.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the content has errors (nothing was written)",
                "  2  the command line was wrong, or the output folder holds files trustcenter did not write",
                "  3  an I/O or internal failure",
                "  130  interrupted (Ctrl-C); the previous output is left as it was"})
public final class TrustCenterCli {

    public static final int CONTENT_ERRORS = CommandFailure.CONTENT_ERRORS;
    public static final int IO_FAILURE = CommandFailure.IO_FAILURE;

    /** The subcommands, by name, in the order help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("init", InitCommand.class);
        commands.put("grant", GrantCommand.class);
        commands.put("revoke", RevokeCommand.class);
        commands.put("grants", GrantsCommand.class);
        commands.put("answer", AnswerCommand.class);
        commands.put("daemon", DaemonCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    public static void main(String[] args) {
        // The social card is drawn with Java2D; no display is ever needed.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(args.length > 0 ? args[0] : "").execute(args));
    }

    /** The command line with every subcommand, as help and the tests see it. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for one invocation. picocli builds a command's model by reflection, which costs a third of
     * a small build's start-up; when the first argument names a subcommand (other than help), only that one is
     * built. Anything else (help, --version, a typo) gets all of them, so help and "did you mean" stay complete.
     */
    static CommandLine commandLine(String first) {
        return commandLine(first, Invocation.ofProcess());
    }

    /**
     * The command line for one invocation from elsewhere: the resident build process runs each request with the
     * caller's working directory (every path option is read against it), environment and its kept sessions.
     */
    static CommandLine commandLine(String first, Invocation invocation) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SiteOptions.class ? type.cast(new SiteOptions(invocation))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = new CommandLine(new TrustCenterCli(), factory);
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first));
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.registerConverter(Path.class, invocation::path);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandFailure failure) {
                if (failure.getMessage() != null) {
                    // After printed findings, a summary sentence; otherwise a message of trustcenter's own.
                    commandLine.getErr().println(failure.exitCode() == CommandFailure.CONTENT_ERRORS
                            ? failure.getMessage() : "trustcenter: " + failure.getMessage());
                }
                return failure.exitCode();
            }
            if (e instanceof InvalidPathException path) {
                commandLine.getErr().println("trustcenter: the file name \"" + path.getInput() + "\" cannot be used "
                        + "because this terminal's locale is not UTF-8 (LANG=" + System.getenv("LANG") + "). Run "
                        + "trustcenter with a UTF-8 locale, for example: LANG=C.UTF-8 trustcenter " + String.join(" ",
                        parseResult.originalArgs()) + " (bin/trustcenter does this by itself).");
                return IO_FAILURE;
            }
            commandLine.getErr().println("trustcenter: internal error: " + e);
            commandLine.getErr().println("This is a bug in trustcenter, not in your content. Please report it with "
                    + "the command you ran.");
            return IO_FAILURE;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TrustCenterCli.class.getPackage().getImplementationVersion();
            return new String[] {"trustcenter " + (version == null ? "development build" : version)};
        }
    }
}
