package dev.trustcenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs trustcenter in a JVM of its own, with this test run's class path, as a user's shell would: for what one
 * JVM cannot show (hash order across processes, file locks between processes, signals, the locale).
 */
public final class JavaProcess {

    public record Run(int exit, String out, String err) {}

    private JavaProcess() {}

    public static ProcessBuilder builder(Path workingDirectory, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.trustcenter.cli.TrustCenterCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    /** Starts the process with its output going to files beside {@code logs}, and waits up to two minutes. */
    public static Run run(Path workingDirectory, Path logs, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process process = builder(workingDirectory, env, args).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("trustcenter " + String.join(" ", args) + " did not finish in two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
