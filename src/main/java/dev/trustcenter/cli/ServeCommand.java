package dev.trustcenter.cli;

import dev.trustcenter.publish.DocumentLockFile;
import dev.trustcenter.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the trust center on localhost: built in memory, rebuilt when content/, themes/, private/, "
                + "grants/ or the configuration file (site-config.yaml, or the one -c names) change, with open pages "
                + "reloading by themselves; a rebuild reads only the files that changed and renders only what they "
                + "feed. A change that does not build is shown in the terminal and over the page, and the last good "
                + "site stays up.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        site.dates();
        try (PreviewServer server = PreviewServer.start(site.config, port,
                config -> site.dates(),
                result -> {
                    DocumentLockFile.record(site.layout(), result.lockUpdate(), err);
                    DiagnosticPrinter.print(result.diagnostics(), DiagnosticPrinter.Format.TEXT, Ansi.AUTO, err);
                    out.println(result.ok()
                            ? String.format(Locale.ROOT, "Rebuilt %d pages, %d warning(s).", result.pages(),
                                    result.diagnostics().warningCount())
                            : "The change does not build; still serving the last good site.");
                    out.flush();
                })) {
            out.println("Serving " + server.address() + " (Ctrl+C to stop)");
            out.flush();
            new CountDownLatch(1).await();
            return 0;
        } catch (BindException e) {
            throw CommandFailure.usage("port " + port + " is in use; choose another with --port.");
        } catch (IOException e) {
            throw CommandFailure.io("could not serve: " + e.getMessage());
        }
    }
}
