package dev.trustcenter.cli;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.publish.StarterSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new trust center in DIR: site-config.yaml, one of each content file, a .gitignore "
                + "that keeps private/ and public/ out of git, and a GitHub Actions workflow that checks and deploys "
                + "it. DIR must be new or empty.")
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to create.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            var today = BuildDates.resolve(Optional.empty(),
                    Optional.ofNullable(System.getenv(BuildDates.SOURCE_DATE_EPOCH)), Clock.systemUTC()).built();
            List<String> files = StarterSite.write(folder, today);
            out.println("Created a trust center in " + folder + " (" + files.size() + " files). Next:");
            out.println("  cd " + folder);
            out.println("  edit site-config.yaml and content/, then: trustcenter check && trustcenter build");
            return 0;
        } catch (StarterSite.NotEmpty | IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        } catch (IOException e) {
            throw CommandFailure.io("could not write " + folder + ": " + e.getMessage());
        }
    }
}
