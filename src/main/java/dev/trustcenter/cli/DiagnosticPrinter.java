package dev.trustcenter.cli;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import java.io.PrintWriter;

/** Prints findings for a person: one block per finding, file:line:col first, so editors can jump to it. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {}

    static void print(Diagnostics diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics.all()) {
            err.println(d.format());
        }
        err.flush();
    }
}
