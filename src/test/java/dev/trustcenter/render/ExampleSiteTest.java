package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the repository's example trust center as of its stated date and checks its facts, page by page. */
class ExampleSiteTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static SiteBuild.Result site;

    @BeforeAll
    static void build() {
        site = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(AS_OF, AS_OF), false);
        assertTrue(site.ok(), () -> "the example must build: " + site.diagnostics().all());
    }

    static Document page(String path) {
        return Jsoup.parse(text(path));
    }

    static String text(String path) {
        return site.files().orElseThrow().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("missing " + path));
    }

    static String fact(Document page, String label) {
        for (Element row : page.select("dl.facts > div")) {
            if (row.selectFirst("dt").text().equals(label)) {
                return row.selectFirst("dd").text();
            }
        }
        throw new AssertionError("no fact \"" + label + "\" on " + page.title());
    }

    static String status(Document page, String entry) {
        Element card = page.selectFirst("[data-entry=" + entry + "]");
        assertNotNull(card, "a card for " + entry);
        return card.selectFirst(".status").attr("data-status");
    }

    @Test
    void buildsWithOnlyItsDeliberateWarningsAsOfItsStatedDate() {
        // The stale SOC 3, and the control that cites it as evidence: the example shows what lapsed evidence looks like.
        // The planned high-risk AI system's conformity facts are still open, a year before its duties apply.
        assertEquals(List.of("ai-conformity-missing", "soc-report-stale", "control-evidence-lapsed"),
                site.diagnostics().all().stream().map(d -> d.rule()).toList());
    }

    @Test
    void everyPageHasNavigationBrandingAndItsDates() {
        for (var file : site.files().orElseThrow()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = page(file.path());
            boolean arabic = file.path().startsWith("ar/");
            assertFalse(page.select(".site-header nav:not(.languages) a").isEmpty(), file.path() + " has navigation");
            assertEquals(arabic ? "الرئيسية" : "Main", page.selectFirst(".site-header nav").attr("aria-label"));
            if (file.path().endsWith("404.html")) {
                // Served at any address: its logo and styles travel inside it (RequestPagesTest).
                assertNotNull(page.selectFirst(".brand img[src^=data:image/svg+xml;base64,]"), "404.html shows the logo");
                assertTrue(page.selectFirst("head style").data().contains("a { color: #"), "404.html uses the brand");
                continue;
            }
            assertNotNull(page.selectFirst(".brand img[src$=assets/logo.svg]"), file.path() + " shows the logo");
            assertNotNull(page.selectFirst("link[href$=assets/brand.css]"), file.path() + " applies the brand colour");
            assertEquals(arabic ? "أُنشئ في 22 نوفمبر 2026 · الحالات بتاريخ 22 نوفمبر 2026"
                    : "Built on 22 November 2026 · statuses as of 22 November 2026", page.selectFirst(".asof").text(),
                    file.path());
            assertEquals(1, page.select("h1").size(), file.path() + " has one h1");
        }
        assertTrue(text("assets/brand.css").contains("--brand: #4f46e5;"));
    }

    @Test
    void homeShowsACardForEveryEntryWithItsDerivedStatus() {
        Document home = page("index.html");
        assertEquals(8, home.select(".card").size());
        assertEquals("current", status(home, "soc2"));
        assertEquals("stale", status(home, "soc3"));
        assertEquals("current", status(home, "iso27001"));
        assertEquals("in_progress", status(home, "iso42001"));
        assertEquals("current", status(home, "difc"));
        assertEquals("current", status(home, "gdpr"));
        assertEquals("in_progress", status(home, "eu-ai-act"));
        assertTrue(home.selectFirst("[data-entry=soc2]").text().contains("Current until 30 June 2027"));
        assertTrue(home.selectFirst("[data-entry=iso27001]").text().contains("Valid until 9 March 2028"));
        assertEquals("Security and trust at Northwind AI", home.selectFirst("h1").text());
        assertTrue(home.text().contains("17 in 8 countries, 30 days' notice of changes"));
        assertTrue(home.text().contains("Mistral AI SAS, effective 15 December 2026; objections until 10 December 2026"));
    }

    @Test
    void theHomeTimelineShowsValidityAuditPeriodBridgeLetterAndTheAsOfDate() {
        Document home = page("index.html");
        Element svg = home.selectFirst("figure.timeline svg[role=img]");
        assertNotNull(svg);
        assertEquals(List.of("SOC 2", "SOC 3", "ISO 27001", "DIFC notification"), svg.select("text.row-label").eachText());
        assertEquals(2, svg.select("rect.bar-audit").size());
        assertEquals(1, svg.select("rect.bar-bridge").size());
        assertEquals(2, svg.select("circle.marker").size(), "two surveillance audits");
        assertTrue(svg.selectFirst("desc").text().contains("ISO 27001 certificate valid 10 March 2025 – 9 March 2028"));
        double asOf = Double.parseDouble(svg.selectFirst("line.asof-line").attr("x1"));
        Element iso = svg.select("rect.bar-good").stream().filter(r -> r.text().startsWith("ISO 27001")).findFirst()
                .orElseThrow();
        double start = Double.parseDouble(iso.attr("x"));
        double end = start + Double.parseDouble(iso.attr("width"));
        assertTrue(start < asOf && asOf < end, "the as-of line falls inside the certificate's validity");
    }

    @Test
    void soc2PageNamesEveryFactAndNeverSaysCertified() {
        Document soc2 = page("compliance/soc2/index.html");
        assertTrue(fact(soc2, "Report").startsWith("Type II"));
        assertEquals("1 July 2025 – 30 June 2026", fact(soc2, "Observation period"));
        assertEquals("15 August 2026", fact(soc2, "Report date"));
        assertEquals("Prescient Assurance LLC", fact(soc2, "Service auditor"));
        assertEquals("Security Availability Confidentiality", fact(soc2, "Trust Services Criteria in scope"));
        assertTrue(fact(soc2, "Bridge letter").startsWith("Dated 1 November 2026"));
        assertTrue(fact(soc2, "Current until").startsWith("30 June 2027"));
        assertEquals(3, soc2.select("[data-document] a[href*=request-access]").size(), "report, bridge letter, pentest");
        assertFalse(soc2.text().toLowerCase().contains("soc 2 certified"));
    }

    @Test
    void isoPageNamesTheCertificateAndItsAudits() {
        Document iso = page("compliance/iso27001/index.html");
        assertEquals("IS 789123", fact(iso, "Certificate number"));
        assertEquals("BSI", fact(iso, "Certification body"));
        assertEquals("UKAS", fact(iso, "Accreditation body"));
        assertEquals("10 March 2025", fact(iso, "Issued"));
        assertEquals("9 March 2028", fact(iso, "Expires"));
        assertEquals("2 March 2026: passed 1 March 2027: planned", fact(iso, "Surveillance audits"));
        assertTrue(fact(iso, "Scope").startsWith("The ISMS supporting"));
        assertNotNull(iso.selectFirst("a[href=../../documents/iso27001-certificate.pdf]"));
    }

    @Test
    void difcPageNamesNotificationDpoAndTransfers() {
        Document difc = page("compliance/difc/index.html");
        assertEquals("DP-12345", fact(difc, "Notification number"));
        assertEquals("31 March 2027", fact(difc, "Notification expires"));
        assertEquals("Layla Haddad (dpo@northwind.ai)", fact(difc, "Data protection officer"));
        assertEquals("Yes", fact(difc, "High-risk processing"));
        assertEquals("Adequacy decision: Germany (DE), France (FR), United Kingdom (GB) "
                + "Standard contractual clauses: United States (US)", fact(difc, "International transfers"));
        assertTrue(fact(difc, "Breach notification").startsWith("Commissioner notified as soon as practicable"));
    }

    @Test
    void aiActAndGdprPagesShowWhatIsGiven() {
        Document ai = page("compliance/eu-ai-act/index.html");
        assertEquals("Provider", fact(ai, "Role"));
        assertEquals("High risk", fact(ai, "Risk tier"), "as high as the highest system of its register");
        assertEquals("2 December 2027", fact(ai, "Target date"));
        Document gdpr = page("compliance/gdpr/index.html");
        assertTrue(fact(gdpr, "Scope").startsWith("Northwind acts as a processor"));
        assertEquals("compliant", gdpr.selectFirst(".status").text().toLowerCase());
    }

    @Test
    void policiesIndexListsOwnerVersionDatesAndReviewStatus() {
        Document index = page("policies/index.html");
        assertEquals(9, index.select("tr[data-policy]").size());
        Element row = index.selectFirst("tr[data-policy=information-security]");
        assertEquals("Information Security Policy 4.2 Chief Information Security Officer 15 January 2026 "
                + "10 January 2026 Reviewed Full text", row.text());
        assertEquals("On request", index.selectFirst("tr[data-policy=secure-development] td:last-child").text());
    }

    @Test
    void publicSummaryAndGatedPoliciesShowOnlyWhatTheirVisibilityAllows() {
        Document open = page("policies/information-security/index.html");
        assertNotNull(open.selectFirst(".prose h2#purpose"), "full text with heading anchors");
        assertNotNull(open.selectFirst(".prose table"), "GFM tables");
        Document summary = page("policies/access-control/index.html");
        assertTrue(summary.text().contains("Single sign-on with phishing-resistant MFA"));
        assertNotNull(summary.selectFirst("a[href=../../request-access/index.html?policy=access-control]"));
        Document gated = page("policies/vendor-risk-management/index.html");
        assertEquals("Vendor Risk Management Policy", gated.selectFirst("h1").text());
        assertFalse(gated.text().contains("How suppliers are assessed"), "a gated policy's summary stays private");
        for (var file : site.files().orElseThrow()) {
            String text = new String(file.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("INTERNAL"), file.path() + " leaks the text of a non-public policy");
        }
    }

    @Test
    void subprocessorsAreGroupedWithCountryNamesMechanismsAndAiProviders() {
        Document page = page("subprocessors/index.html");
        assertEquals(List.of("AI model providers", "Analytics", "Billing", "Corporate", "Customer support",
                "Infrastructure", "Operations"), page.select("section[data-category] h2").eachText());
        assertEquals(17, page.select("tr[data-subprocessor]").size());
        Element aws = page.selectFirst("tr[data-subprocessor^=Amazon]");
        assertTrue(aws.text().contains("United States"), aws.text());
        assertTrue(aws.text().contains("Germany"));
        assertTrue(aws.text().contains("EU-U.S. Data Privacy Framework"));
        assertEquals(3, page.select("tr[data-ai=true]").size());
        assertEquals(3, page.select("tr[data-ai=true] .tag").size());
        Element upcoming = page.selectFirst("#upcoming li[data-change=Mistral AI SAS]");
        assertTrue(upcoming.text().contains("Upcoming, effective 15 December 2026; objections until 10 December 2026"));
        assertTrue(page.selectFirst("section[aria-labelledby=history-heading]").text().contains("Heroku"));
    }

    @Test
    void documentsArePublicOrGatedWithTheSha256OfEveryFile() throws IOException {
        Document page = page("documents/index.html");
        for (String id : List.of("iso27001-certificate", "security-overview")) {
            Element doc = page.selectFirst("[data-document=" + id + "]");
            Path file = Path.of("content/documents/" + id + ".pdf");
            assertEquals("../documents/" + id + ".pdf", doc.selectFirst("a[download]").attr("href"));
            assertEquals(sha256(Files.readAllBytes(file)), doc.selectFirst(".sha code").text());
            assertTrue(site.files().orElseThrow().stream().anyMatch(f -> f.path().equals("documents/" + id + ".pdf")));
        }
        for (String id : List.of("soc2-type2-2026", "soc2-bridge-2026", "pentest-summary-2026")) {
            Element doc = page.selectFirst("[data-document=" + id + "]");
            assertEquals("Request access", doc.selectFirst("a").text());
            assertEquals(sha256(Files.readAllBytes(Path.of("private/" + id + ".pdf"))), doc.selectFirst(".sha code").text());
            assertFalse(site.files().orElseThrow().stream().anyMatch(f -> f.path().contains(id)),
                    "a gated file is never copied");
        }
    }

    @Test
    void requestAccessListsGatedMaterialAndTheNda() {
        Document page = page("request-access/index.html");
        assertEquals(3, page.select("[data-document]").size());
        assertEquals(List.of("access-control", "business-continuity", "incident-response", "secure-development",
                "vendor-risk-management"), page.select("[data-policy]").eachAttr("data-policy").stream().sorted().toList());
        assertTrue(page.text().contains("Version 2026.1 · SHA-256"));
        assertTrue(page.selectFirst(".nda").text().contains("Confidential Information"));
        String mailto = page.selectFirst("a[href^=mailto:trust@northwind.ai]").attr("href");
        assertTrue(mailto.contains("version%202026.1"), mailto);
    }

    @Test
    void faqUpdatesAndNotFoundPagesExist() {
        Document faq = page("faq/index.html");
        // faq.yaml's categories, then the domains of the answers marked faq: true, merged where the names agree.
        assertEquals(List.of("Compliance", "Privacy", "Security", "Access", "AI", "Encryption", "Operations"),
                faq.select("section h2").eachText());
        assertEquals(17, faq.select(".faq").size(), "10 from faq.yaml and 7 answers");
        assertNotNull(faq.getElementById("answer-encryption-at-rest"));
        Document updates = page("updates/index.html");
        assertEquals("Notice: Mistral AI to be added as a subprocessor", updates.selectFirst(".updates a").text(),
                "newest first");
        assertEquals(4, updates.select(".updates li").size());
        assertTrue(page("updates/2026-08-soc2-type2-report/index.html").text().contains("Confidentiality"));
        Document notFound = page("404.html");
        assertEquals("https://trust.northwind.ai/index.html", notFound.selectFirst(".brand").attr("href"),
                "absolute links at any depth and on any path");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
