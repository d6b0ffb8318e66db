package dev.trustcenter.cli;

import dev.trustcenter.access.GrantIssuer;
import dev.trustcenter.access.Ledger;
import dev.trustcenter.build.BuildDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Optional<BuildDates> dates = SiteOptions.dates(site, err);
        if (dates.isEmpty()) {
            return 2;
        }
        Path root = site.root();
        try {
            Optional<String> recipient = new Ledger(root).revoke(id, dates.get().built());
            if (recipient.isEmpty()) {
                err.println("trustcenter: there is no grant " + id + " in grants/ledger.yaml; see `trustcenter grants`.");
                return 2;
            }
            Files.deleteIfExists(GrantIssuer.bundle(root, id));
            out.println("Revoked grant " + id + " for " + recipient.get() + ". Rebuild and deploy to take its link down.");
            return 0;
        } catch (IOException e) {
            err.println("trustcenter: could not update the ledger: " + e.getMessage());
            return TrustCenterCli.IO_FAILURE;
        }
    }
}
