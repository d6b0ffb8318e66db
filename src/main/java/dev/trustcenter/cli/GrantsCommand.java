package dev.trustcenter.cli;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.content.GrantFiles;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import picocli.CommandLine.Help.Ansi;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "grants", mixinStandardHelpOptions = true,
        description = "List the grants ledger with each grant's status as of today (or --as-of): active, expired or "
                + "revoked.")
final class GrantsCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildDates dates = site.dates();
        Diagnostics findings = new Diagnostics();
        List<Grant> grants = new GrantFiles(site.layout()).ledger(findings);
        if (findings.hasErrors()) {
            DiagnosticPrinter.print(findings, DiagnosticPrinter.Format.TEXT, Ansi.AUTO, err);
            throw CommandFailure.content(null);
        }
        if (grants.isEmpty()) {
            out.println("No grants yet. Make one with: trustcenter grant --doc ID --to EMAIL --name NAME --company ORG");
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "RECIPIENT", "COMPANY", "DOCUMENTS", "ISSUED", "EXPIRES", "STATUS"});
        for (Grant g : grants) {
            rows.add(new String[] {g.id(), g.recipientName() + " <" + g.recipientEmail() + ">", g.company(),
                String.join(", ", g.documents().stream().map(Grant.GrantedDocument::id).toList()),
                g.issued().toString(), g.expires().toString(),
                g.state(dates.asOf()).name().toLowerCase(Locale.ROOT)
                        + g.revoked().map(d -> " " + d).orElse("")});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        return 0;
    }
}
