package dev.trustcenter.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.model.Blob;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §C5, C6, C8 and D4: the thanks page, the mailto body, and a 404 that works anywhere. */
class RequestPagesTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    TestSite site() {
        return TestSite.create(folder, """
                -- site-config.yaml --
                site: {title: Acme Trust Center, base_url: "https://acme.github.io/trust/"}
                company: {name: Acme}
                contacts: {security: security@acme.example.com}
                access_requests: {mailto: trust@acme.example.com, reply_within: one business day}
                """ + TestSite.GATED_REPORT);
    }

    @Test
    void theThanksPageSaysWhatTheSiteConfigures() {
        var built = site().build(DAY);
        assertTrue(built.page("request-access/thanks/index.html").text().contains("usually within one business day"));
    }

    @Test
    void theNoScriptMailtoBodyBreaksLinesWithCrLf() {
        String href = site().build(DAY).page("request-access/index.html").getElementById("mailto-fallback").attr("href");
        assertTrue(href.contains("%0D%0A"), href);
        assertEquals(-1, href.replace("%0D%0A", "").indexOf("%0A"), "every line break is CRLF: " + href);
    }

    @Test
    void the404IsStyledAndLinkedFromAnyPathAndAnswersAnExpiredLink() {
        var built = site().build(DAY);
        Document page = built.page("404.html");
        assertTrue(page.select("link[rel=stylesheet]").isEmpty(), "no stylesheet to resolve from an unknown depth");
        Element style = page.selectFirst("head style");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(Blob.sha256()
                .digest(style.data().getBytes(StandardCharsets.UTF_8))) + "'";
        assertTrue(built.text("_headers").contains(hash), "the header policy allows exactly this stylesheet");
        assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains(hash));
        for (Element a : page.select("main a[href], nav a[href]")) {
            assertTrue(a.attr("href").startsWith("https://acme.github.io/trust/") || a.attr("href").startsWith("mailto:"),
                    a.attr("href"));
        }
        assertTrue(page.text().contains("If you followed a link to confidential documents, it has expired or was "
                + "withdrawn: ask trust@acme.example.com for a new one."), page.text());
    }
}
