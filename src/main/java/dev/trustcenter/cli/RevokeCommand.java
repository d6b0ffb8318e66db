package dev.trustcenter.cli;

import dev.trustcenter.access.Ledger;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import picocli.CommandLine.Help.Ansi;
import dev.trustcenter.build.BuildDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a grant before it expires: it is marked revoked in the ledger, its encrypted bundle is "
                + "deleted, and the next build no longer publishes its link.")
final class RevokeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Parameters(paramLabel = "GRANT-ID", description = "The grant to revoke, as `trustcenter grants` lists it.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildDates dates = site.dates();
        SiteLayout layout = site.layout();
        if (!PublishedGrant.ID.matcher(id).matches()) {
            throw CommandFailure.usage("\"" + id + "\" is not a grant id; ids are letters, digits, - and _, as "
                    + "`trustcenter grants` lists them.");
        }
        try {
            Optional<Grant> revoked = new Ledger(layout).revoke(id, dates.built());
            if (revoked.isEmpty()) {
                throw CommandFailure.usage("there is no grant " + id + " in grants/ledger.yaml; see `trustcenter grants`.");
            }
            Files.deleteIfExists(layout.bundle(id));
            out.println("Revoked grant " + id + " for " + revoked.get().recipientName() + ". Commit grants/index.yaml, "
                    + "then rebuild and deploy to take its link down.");
            return 0;
        } catch (Ledger.Unreadable e) {
            DiagnosticPrinter.print(e.diagnostics(), DiagnosticPrinter.Format.TEXT, Ansi.AUTO, err);
            throw CommandFailure.content("The grants ledger or index has errors; nothing was revoked. Fix them first.");
        } catch (IOException e) {
            throw CommandFailure.io("could not update the ledger: " + e.getMessage());
        }
    }
}
