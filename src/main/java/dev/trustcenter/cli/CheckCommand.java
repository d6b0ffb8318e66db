package dev.trustcenter.cli;

import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.publish.DocumentLockFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content without writing anything: every error and warning a build would report, "
                + "as text, JSON or GitHub Actions annotations. Exit 0 with no errors (warnings allowed), 1 with errors.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or github.")
    DiagnosticPrinter.Format format;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--no-cache", description = "Render every Markdown text again instead of reusing "
            + "the renderings kept in .trustcenter/cache/ beside site-config.yaml (safe to delete; git-ignored).")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildRequest request = BuildRequest.of(site.config, site.dates()).caching(!noCache);
        SiteBuild.Result result = SiteBuild.render(site.session().map(request::in).orElse(request));
        DocumentLockFile.record(site.layout(), result.lockUpdate(), err);
        DiagnosticPrinter.print(result.diagnostics(), format, site.ansi(), out);
        boolean failed = result.diagnostics().hasErrors() || strict && result.diagnostics().warningCount() > 0;
        if (format == DiagnosticPrinter.Format.TEXT) {
            err.println(summary(result, strict));
        }
        return failed ? CommandFailure.CONTENT_ERRORS : CommandLine.ExitCode.OK;
    }

    static String summary(SiteBuild.Result result, boolean strict) {
        long errors = result.diagnostics().errorCount();
        long warnings = result.diagnostics().warningCount();
        if (errors == 0 && warnings == 0) {
            return "No problems found.";
        }
        return errors + " error(s), " + warnings + " warning(s)" + (strict && warnings > 0 ? " (--strict: warnings fail)" : "")
                + ".";
    }
}
