package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script and an event handler in every text field of every content file come out as inert text. */
class XssTest {

    static final String P = "<script>alert(1)</script><img src=https://example.invalid/x alt=x onerror=alert(2)>";
    static final String Q = "\"" + P + "\"";

    @TempDir
    Path folder;

    @Test
    void everyContentStringIsEscapedAndMarkdownIsSanitized() {
        TestSite site = TestSite.create(folder, """
                -- site-config.yaml --
                site:
                  title: Q
                  base_url: https://trust.acme.example.com/
                company:
                  name: Q
                  legal_name: Q
                contacts:
                  security: security@acme.example.com
                -- content/compliance.yaml --
                - id: soc2
                  framework: soc2
                  type: 2
                  status: issued
                  period: {start: 2025-07-01, end: 2026-06-30}
                  report_date: 2026-08-15
                  auditor: Q
                  summary: Q
                  documents: [report]
                - id: iso27001
                  framework: iso27001
                  status: certified
                  certificate_number: Q
                  certification_body: Q
                  accreditation_body: Q
                  edition: Q
                  issued: 2025-03-10
                  expires: 2028-03-09
                  scope: Q
                - id: difc
                  framework: difc-dpl-2020
                  status: compliant
                  notification: {number: Q, expires: 2027-03-31}
                  dpo: {name: Q}
                  breach_notification: Q
                - id: gdpr
                  framework: gdpr
                  status: compliant
                  scope: Q
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: Q, purpose: Q, category: Q, data: [Q], locations: [US]}
                changes:
                  - {date: 2026-12-15, announced: 2026-11-01, action: added, name: Q, note: Q}
                -- content/documents.yaml --
                - {id: report, title: Q, description: Q, access: gated, file: r.pdf}
                -- private/r.pdf --
                x
                -- content/faq.yaml --
                - {category: Q, question: Q, answer: Q}
                -- content/ai-systems.yaml --
                - id: assistant
                  name: Q
                  purpose: Q
                  status: in_production
                  processes_personal_data: false
                  affected_persons: Q
                  eu_ai_act: {role: deployer, risk_tier: limited, transparency_notice: Q}
                  models: [{name: Q, provider: Q, hosting: [US]}]
                  customer_data_training: opt_out
                  opt_out_how: Q
                  human_oversight: Q
                  evaluations: [{date: 2026-09-30, kind: Q, summary: Q}]
                -- content/answers/security.yaml --
                - {id: a1, question: Q, short: "yes", answer: Q, aliases: [Q], refs: {custom: [X-1]}, last_reviewed: 2026-10-01, faq: true}
                - {id: a2, question: Q, short: "no", answer: Q, visibility: gated, last_reviewed: 2026-10-01}
                -- content/overview.md --
                ---
                headline: Q
                summary: Q
                ---
                P [click](javascript:alert(3)) <a href="javascript:alert(4)">x</a> <div onclick="alert(5)">d</div>
                <iframe src="https://evil.example"></iframe> <svg onload=alert(6)></svg>
                -- content/policies/open.md --
                ---
                title: Q
                summary: Q
                version: Q
                owner: Q
                effective: 2026-01-01
                last_reviewed: 2026-01-01
                visibility: public
                ---
                P

                | a | b |
                |---|---|
                | P | <b onmouseover=alert(7)>t</b> |
                -- content/policies/partial.md --
                ---
                title: Q
                summary: Q
                version: Q
                owner: Q
                effective: 2026-01-01
                last_reviewed: 2026-01-01
                visibility: summary
                ---
                P
                -- content/updates/news.md --
                ---
                title: Q
                date: 2026-01-01
                summary: Q
                ---
                P
                -- content/nda.md --
                ---
                title: Q
                version: Q
                ---
                P
                """.replace("Q", Q).replace("P", P));
        TestSite.Built built = site.build(LocalDate.parse("2026-11-22"));
        int pages = 0;
        for (var file : built.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            pages++;
            Document page = built.page(file.path());
            assertTrue(page.select("iframe, object, embed").isEmpty(), file.path() + " has active content");
            for (Element script : page.select("script")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/(request|viewer|subprocessors|answers)\\.js") && script.data().isEmpty(),
                        file.path() + " carries a script that is not the theme's own: " + script);
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"),
                            file.path() + " carries an event handler: " + element);
                    assertFalse(attribute.getValue().toLowerCase().replaceAll("\\s", "").startsWith("javascript:"),
                            file.path() + " carries a javascript: URL: " + element);
                }
            }
        }
        assertTrue(pages >= 10, "the payload was rendered on every kind of page");
        Document home = built.page("index.html");
        assertTrue(home.selectFirst("h1").text().contains("<script>alert(1)</script>"),
                "plain text fields show the payload as text");
        assertEquals(0, Jsoup.parse(built.text("subprocessors/index.html")).select("img[onerror]").size());
        // The AI register and the answer library: every string is text, and the Markdown fields are sanitized.
        assertTrue(built.page("ai/assistant/index.html").selectFirst("h1").text().contains("<script>alert(1)</script>"));
        assertTrue(built.page("answers/security/index.html").selectFirst("#answer-a1 h2").text()
                .contains("<script>alert(1)</script>"));
        assertTrue(built.has("answers/search-index.json"));
    }
}
