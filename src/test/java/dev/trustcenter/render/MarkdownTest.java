package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    final Markdown markdown = new Markdown();

    @Test
    void rendersGfmTablesStrikethroughAutolinksAndHeadingAnchors() {
        String html = markdown.toHtml("## Scope\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ see https://example.com");
        assertTrue(html.contains("<h2 id=\"scope\">Scope</h2>"), html);
        assertTrue(html.contains("<table class=\"md-table\">"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.com\">https://example.com</a>"), html);
    }

    @Test
    void aTextWithItsOwnH1IsMovedDownOneLevel() {
        assertEquals("<h2 id=\"title\">Title</h2>\n<h3 id=\"part\">Part</h3>", markdown.toHtml("# Title\n\n## Part").strip());
        assertTrue(markdown.toHtml("## Part").contains("<h2"));
    }

    @Test
    void scriptsHandlersFramesAndJavascriptUrlsAreRemoved() {
        String html = markdown.toHtml("""
                <script>alert(1)</script>
                <img src="x.png" onerror="alert(2)">
                <a href="JaVaScRiPt:alert(4)">b</a>
                <iframe src="https://evil.example"></iframe><style>body{}</style>
                <p style="color:red" onclick="x()">c</p>

                A [link](javascript:alert(3)) in a paragraph.
                """);
        assertFalse(html.toLowerCase().contains("<script") || html.contains("alert(1)"), html);
        assertFalse(html.toLowerCase().contains("href=\"javascript"), html);
        assertTrue(html.contains("A link in a paragraph.") && html.contains(">b</a>"), "the link text survives: " + html);
        assertFalse(html.contains("onerror") || html.contains("onclick"), html);
        assertFalse(html.contains("iframe") || html.contains("<style") || html.contains("style="), html);
        assertTrue(html.contains("<img src=\"x.png\" alt=\"\">"), "safe markup survives, kept valid: " + html);
    }

    @Test
    void relativeAndAnchorLinksSurviveSanitizing() {
        String html = markdown.toHtml("[req](../request-access/index.html) [top](#scope) [mail](mailto:a@b.example)");
        assertTrue(html.contains("href=\"../request-access/index.html\""), html);
        assertTrue(html.contains("href=\"#scope\""), html);
        assertTrue(html.contains("href=\"mailto:a@b.example\""), html);
    }

    @Test
    void blankTextRendersNothing() {
        assertEquals("", markdown.toHtml("  \n"));
        assertEquals("", markdown.toHtml(null));
    }

    /** Issue 11 §7: a serve session keeps the renderings of the texts the site has now, and forgets the rest. */
    @Test
    void aSessionForgetsTextsTheLastBuildDidNotUse() {
        Markdown session = new Markdown(true);
        session.toHtml("First version.");
        session.keepOnlyLastBuild();
        session.toHtml("Second version.");
        session.keepOnlyLastBuild();
        assertEquals(1, session.kept());
    }
}
