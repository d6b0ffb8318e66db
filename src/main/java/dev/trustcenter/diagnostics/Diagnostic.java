package dev.trustcenter.diagnostics;

import dev.trustcenter.model.Source;
import java.util.Locale;

/**
 * One finding about the content: where, how bad, which rule, what is wrong and what would be right.
 * The message and hint are written for a compliance manager, not a Java developer.
 */
public record Diagnostic(Severity severity, String rule, Source source, String message, String hint) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** `content/compliance.yaml:14:5: error [unknown-key]: … (hint)` */
    public String format() {
        String text = source + ": " + severity.name().toLowerCase(Locale.ROOT) + " [" + rule + "]: " + message;
        return hint == null || hint.isEmpty() ? text : text + "\n    hint: " + hint;
    }
}
