package dev.trustcenter.diagnostics;

import dev.trustcenter.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings across a stage, so one run reports every problem instead of the first. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void error(String rule, Source source, String message, String hint) {
        items.add(new Diagnostic(Severity.ERROR, rule, source, message, hint));
    }

    public void warning(String rule, Source source, String message, String hint) {
        items.add(new Diagnostic(Severity.WARNING, rule, source, message, hint));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** Sorted by file, line and column, so output is stable and reads top to bottom. */
    public List<Diagnostic> all() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.source().file())
                        .thenComparingInt(d -> d.source().line())
                        .thenComparingInt(d -> d.source().column())
                        .thenComparing(Diagnostic::rule))
                .toList();
    }
}
