package dev.trustcenter.cli;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.DiagnosticsJson;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;
import java.util.ArrayList;

/** Prints findings in the three formats of `check`; `build` prints the text format. */
final class DiagnosticPrinter {

    enum Format { TEXT, JSON, GITHUB }

    private DiagnosticPrinter() {}

    static void print(Diagnostics diagnostics, Format format, Ansi ansi, PrintWriter out) {
        switch (format) {
            case TEXT -> text(diagnostics.all(), ansi, out);
            case JSON -> out.print(DiagnosticsJson.write(diagnostics.all()));
            case GITHUB -> diagnostics.all().forEach(d -> out.println(github(d)));
        }
        out.flush();
    }

    /** Grouped by file; each finding as line:col, severity, rule, message, then its hint. Colour only on a terminal. */
    static void text(List<Diagnostic> findings, Ansi ansi, PrintWriter out) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        findings.forEach(d -> byFile.computeIfAbsent(d.source().file(), k -> new ArrayList<>()).add(d));
        byFile.forEach((file, list) -> {
            out.println(ansi.string("@|bold " + escape(file) + "|@"));
            for (Diagnostic d : list) {
                String severity = d.isError() ? "@|bold,red error  |@" : "@|bold,yellow warning|@";
                out.println(ansi.string("  " + d.source().line() + ":" + d.source().column() + "  " + severity + "  @|faint "
                        + escape(d.rule()) + "|@  ") + d.message());
                if (d.hint() != null && !d.hint().isEmpty()) {
                    out.println(ansi.string("      @|faint hint:|@ ") + d.hint());
                }
            }
        });
    }

    /** A GitHub Actions workflow command: an annotation on the file, line and column. */
    static String github(Diagnostic d) {
        String text = d.message() + (d.hint() == null ? "" : " " + d.hint());
        return "::" + (d.isError() ? "error" : "warning")
                + " file=" + property(d.source().file())
                + ",line=" + d.source().line()
                + ",col=" + d.source().column()
                + ",title=" + property(d.rule())
                + "::" + data(text);
    }

    /** GitHub's escaping for a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping for a command's property values. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** picocli markup treats "@|" as a start of style; content never carries it through unescaped. */
    private static String escape(String text) {
        return text.replace("@|", "@ |");
    }
}
