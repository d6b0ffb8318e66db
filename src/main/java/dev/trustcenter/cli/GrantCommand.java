package dev.trustcenter.cli;

import dev.trustcenter.access.GrantIssuer;
import dev.trustcenter.access.Ledger;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.SiteLayout;
import picocli.CommandLine.Help.Ansi;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.model.TrustCenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grant", mixinStandardHelpOptions = true,
        description = "Give one recipient access to gated documents: each PDF is watermarked with their name, the "
                + "files are encrypted with a fresh key into grants/ID.bundle, the grant is recorded in "
                + "grants/ledger.yaml (who) and grants/index.yaml (ids and dates, what builds publish), and the link "
                + "that carries the key is printed, once.")
final class GrantCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--doc", required = true, arity = "1..*", paramLabel = "ID",
            description = "Gated document ids, or the slugs of policies offered on request (rendered to a watermarked "
                    + "PDF).")
    List<String> documents;

    @Option(names = "--to", required = true, paramLabel = "EMAIL", description = "The recipient's work email.")
    String email;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The recipient's full name.")
    String name;

    @Option(names = "--company", required = true, paramLabel = "ORG", description = "The recipient's company.")
    String company;

    @Option(names = "--days", paramLabel = "N", description = "Days the link works. Default: access_requests.grant_days.")
    Integer days;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the ledger, such as the deal it is for.")
    String note;

    @Option(names = "--allow-free-mail", description = "Allow a free-mail recipient address.")
    boolean allowFreeMail;

    @Option(names = "--nda-accepted-in-request", description = "The recipient accepted the NDA with their request "
            + "(the form or its email). Without this or --nda-covered-by, the viewer shows the NDA and asks them to "
            + "accept it before the files open.")
    boolean ndaInRequest;

    @Option(names = "--nda-covered-by", paramLabel = "AGREEMENT", description = "An agreement that already covers the "
            + "recipient, such as \"MNDA 2025-03-01\"; recorded in the ledger, and the viewer asks for no acceptance.")
    String ndaCoveredBy;

    @Option(names = "--language", paramLabel = "TAG", description = "The language of the viewer page, one of "
            + "site.languages (such as ar). Default: the site's default language.")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildDates dates = site.dates();
        TrustCenter loaded = site.load(err).orElseThrow(() -> CommandFailure.content("Fix the content first; no grant "
                + "was made."));
        SiteLayout layout = site.layout();
        if (ndaInRequest && ndaCoveredBy != null) {
            throw CommandFailure.usage("use --nda-accepted-in-request or --nda-covered-by, not both.");
        }
        if (ndaCoveredBy != null && ndaCoveredBy.isBlank()) {
            throw CommandFailure.usage("--nda-covered-by needs the agreement's name, such as \"MNDA 2025-03-01\".");
        }
        Grant.NdaAcceptance acceptance = ndaCoveredBy != null ? Grant.NdaAcceptance.AGREEMENT
                : ndaInRequest ? Grant.NdaAcceptance.REQUEST : Grant.NdaAcceptance.VIEWER;
        try {
            var issued = GrantIssuer.issue(loaded, layout, new GrantIssuer.Request(documents, email, name, company,
                    Optional.ofNullable(days), Optional.ofNullable(note), allowFreeMail, acceptance,
                    Optional.ofNullable(ndaCoveredBy).map(String::strip), Optional.ofNullable(language)),
                    dates.built(), issuedBy(layout.root()));
            var grant = issued.grant();
            out.println("Granted " + String.join(", ", documents) + " to " + grant.recipientName() + " ("
                    + grant.company() + "), watermarked, until " + grant.expires() + ". Grant " + grant.id() + ".");
            out.println();
            out.println("The link works once the grant is published. In this order:");
            out.println("  1. Commit grants/" + grant.id() + ".bundle and grants/index.yaml (both safe to publish; "
                    + "grants/ledger.yaml names the recipient: keep it in your private backup, not a public repository).");
            out.println("  2. Rebuild and deploy the trust center (trustcenter build, then your usual deploy).");
            out.println("  3. Then send this link to " + grant.recipientEmail() + ". It is shown once and stored nowhere:");
            out.println();
            out.println("  " + issued.link());
            out.println();
            return CommandLine.ExitCode.OK;
        } catch (GrantIssuer.Refused e) {
            throw CommandFailure.usage(e.getMessage());
        } catch (Ledger.Unreadable e) {
            DiagnosticPrinter.print(e.diagnostics(), DiagnosticPrinter.Format.TEXT, Ansi.AUTO, err);
            throw CommandFailure.content("The grants ledger or index has errors; no grant was made. Fix them first.");
        } catch (IOException e) {
            throw CommandFailure.io("could not write the grant: " + e.getMessage());
        }
    }

    /** Who issued the grant, for the ledger: git's user.email in the site's repository, else $USER. */
    static String issuedBy(Path root) {
        try {
            Process git = new ProcessBuilder("git", "config", "user.email").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // One short line at most: it fits the pipe, so waiting first cannot block, and the timeout holds.
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
            } else if (git.exitValue() == 0) {
                String email = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!email.isEmpty()) {
                    return email;
                }
            }
        } catch (IOException e) {
            // No git on this machine: fall back to the login name.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(System.getenv("USER")).filter(u -> !u.isBlank()).orElse("unknown");
    }
}
