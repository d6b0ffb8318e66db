package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

/**
 * Markdown without raw HTML is sanitized as flexmark writes it, with no second parse: the result must be what
 * JSoup's cleaner lets through (nothing for it to remove), and the same document the cleaner made of it before.
 */
class SafeMarkdownTest {

    static final List<String> HOSTILE = List.of(
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](java&#x09;script:alert(1))",
            "[click](<javascript:alert(1)>)",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
            "[ref][r]\n\n[r]: javascript:alert(1) \"t\"",
            "![ref][i]\n\n[i]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "[x](https://example.com \"\\\" onmouseover=\\\"alert(1)\")",
            "![a\" onerror=\"alert(1)](https://example.com/a.png)",
            "```\" onclick=\"alert(1)\n<script>alert(1)</script>\n```",
            "`<script>alert(1)</script>`",
            "| a | b |\n|:--|--:|\n| <b>not raw</b> | [x](javascript:1) |",
            "# One\n\n## Two\n\n###### Six",
            "* a\n\n  > quote [l](http://e.com/\"onclick=alert(1))\n\n1. x\n2. y",
            "3. starts at three\n4. four",
            "mail someone@example.com or www.example.com or https://example.com/?a=1&b=<2>",
            "Text with \"quotes\" & 'apostrophes' and < > signs, ~~struck~~, *em*, **strong**, \\* literal",
            "Hard  \nbreak and ---\n\n---\n\n    indented code <b>");

    static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>(HOSTILE);
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file).replaceFirst("(?s)^---\n.*?\n---\n", ""));
            }
        }
        return texts;
    }

    @Test
    void markdownWithoutRawHtmlNeedsNothingRemovedAndMatchesTheCleanersDocument() throws IOException {
        Markdown markdown = new Markdown();
        Safelist safelist = markdown.safelist();
        int checked = 0;
        for (String text : corpus()) {
            if (text.matches("(?s).*<[a-zA-Z/!].*") && !HOSTILE.contains(text)) {
                continue; // a text with raw HTML goes through the cleaner whole
            }
            String fast = markdown.toHtml(text);
            String cleaned = markdown.throughCleaner(text);
            assertTrue(new Cleaner(safelist).isValidBodyHtml(fast), () -> "the cleaner would remove something from: "
                    + fast);
            var document = Jsoup.parseBodyFragment(fast);
            assertTrue(document.select("script, [onerror], [onclick], [onmouseover], a[href~=(?i)^\\s*(javascript|vbscript|data):], "
                    + "img[src~=(?i)^\\s*(javascript|vbscript|data):]").isEmpty(), () -> "active content in " + fast);
            assertEquals(withoutEmptyTargets(cleaned), withoutEmptyTargets(fast), text);
            checked++;
        }
        assertTrue(checked >= HOSTILE.size(), "the corpus was checked: " + checked);
    }

    /**
     * The same document, whatever the serializer's choice of entities and self-closing slashes, and whether a link
     * whose target was dropped stays an {@code <a>} with no href (the cleaner; flexmark for most schemes) or becomes
     * its text (flexmark for a lower-case {@code javascript:}); an image with no src shows nothing either way.
     */
    static String withoutEmptyTargets(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.select("a:not([href])").forEach(a -> a.unwrap());
        document.select("img:not([src])").remove();
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    @Test
    void aJavascriptLinkKeepsItsTextAndLosesItsTarget() {
        String html = new Markdown().toHtml("[click](javascript:alert(1)) and ![x](javascript:alert(2)) [ok](/a)");
        assertEquals("<p>click and  <a href=\"/a\">ok</a></p>\n", html);
    }

    @Test
    void aTextWithoutBareAddressesIsParsedWithoutTheAutolinkExtensionToTheSameHtml() throws IOException {
        assertTrue(Markdown.mayHoldAutolinks("see https://example.com"));
        assertTrue(Markdown.mayHoldAutolinks("write to security@example.com"));
        assertTrue(Markdown.mayHoldAutolinks("visit WWW.Example.com today"));
        assertTrue(Markdown.mayHoldAutolinks("ftp://files"));
        assertFalse(Markdown.mayHoldAutolinks("Plain text. With www in it but no dot after, and a.b.c."));
        Markdown markdown = new Markdown();
        List<String> texts = new ArrayList<>(corpus());
        texts.add("## Roles\n\n| Role | Duty |\n|:--|--:|\n| Owner | Reviews **yearly** |\n\n1. one\n2. two\n\n~~old~~ text");
        texts.add("Addresses everywhere: https://example.com, www.example.org, privacy@example.com and <https://x.y>.");
        int plain = 0;
        for (String text : texts) {
            if (text.matches("(?s).*<[a-zA-Z/!].*") && !text.contains("<https://")) {
                continue; // raw HTML goes through the cleaner either way
            }
            plain += Markdown.mayHoldAutolinks(text) ? 0 : 1;
            assertEquals(markdown.withEveryExtension(text), markdown.toHtml(text), text);
        }
        assertTrue(plain >= 5, "texts without addresses were compared: " + plain);
    }
}
