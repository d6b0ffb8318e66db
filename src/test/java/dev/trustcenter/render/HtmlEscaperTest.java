package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The small escaper gives exactly what Pebble's own html strategy (unbescape's HTML4/XML level) gives. */
class HtmlEscaperTest {

    @Test
    void escapesLikePebblesOwnStrategy() {
        HtmlEscaper escaper = new HtmlEscaper();
        for (String text : List.of("", "plain text", "<script>alert(1)</script>", "a & b", "\"quoted\" and 'single'",
                "Société Générale — شركة", "emoji 🚀 <b>", "&amp; already", "x=\"\" onerror='y'", "\u0000\t\n")) {
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text), text);
        }
        String clean = "nothing to escape";
        assertSame(clean, escaper.escape(clean), "no copy when nothing changes");
    }
}
