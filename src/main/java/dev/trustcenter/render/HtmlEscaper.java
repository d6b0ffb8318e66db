package dev.trustcenter.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's "html" escaping, done without unbescape's full entity tables (loading them cost a tenth of a small
 * build's start-up). It escapes exactly OWASP's five characters for HTML text and quoted attributes, with the same
 * output as Pebble's own strategy: {@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}.
 */
public final class HtmlEscaper implements EscapingStrategy {

    /** Text for HTML, escaped as a page's template escapes it. */
    public static String text(String input) {
        return new HtmlEscaper().escape(input);
    }

    @Override
    public String escape(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < input.length(); i++) {
            String replacement = switch (input.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(input.length() + 16).append(input, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(input.charAt(i));
                }
            }
        }
        return out == null ? input : out.toString();
    }
}
