package dev.trustcenter.cli;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.publish.DocumentLockFile;
import dev.trustcenter.publish.SiteWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the trust center into the output folder. The previous output is replaced only when "
                + "the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write here instead of site.output. An "
            + "existing folder is replaced only if it is empty or an earlier build's output; a symbolic link is written "
            + "through.")
    Path output;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Render every Markdown text again instead of reusing "
            + "the renderings kept in .trustcenter/cache/ beside site-config.yaml (safe to delete; git-ignored).")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        BuildDates dates = site.dates();
        SiteBuild.Result result;
        try (ProgressLine progress = new ProgressLine(quiet ? null : err)) {
            BuildRequest request = BuildRequest.of(site.config, dates).strict(strict)
                    .writingTo(Optional.ofNullable(output)).reporting(progress::stage).caching(!noCache);
            result = SiteBuild.build(site.session().map(request::in).orElse(request));
        } catch (SiteWriter.NotOurs e) {
            throw CommandFailure.usage(e.getMessage());
        } catch (IOException e) {
            throw CommandFailure.io("could not write the output: " + e.getMessage());
        }
        DocumentLockFile.record(site.layout(), result.lockUpdate(), err);
        DiagnosticPrinter.print(result.diagnostics(), DiagnosticPrinter.Format.TEXT, site.ansi(), err);
        if (!result.ok()) {
            throw CommandFailure.content("Build failed: " + result.diagnostics().errorCount() + " error(s)"
                    + (strict && result.diagnostics().warningCount() > 0
                    ? ", " + result.diagnostics().warningCount() + " warning(s) treated as errors (--strict)" : "")
                    + ". Nothing was written.");
        }
        if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Built %d pages (%d files) in %.2f s, statuses as of %s, %d warning(s) → %s%n",
                    result.pages(), result.files().orElseThrow().size(), seconds, dates.asOf(),
                    result.diagnostics().warningCount(), result.output().orElseThrow());
        }
        return 0;
    }
}
