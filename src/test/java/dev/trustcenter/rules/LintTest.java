package dev.trustcenter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule fires on its boundary day and not a day earlier. */
class LintTest {

    @TempDir
    Path folder;

    private List<Diagnostic> findings(String files, String asOf) {
        return TestSite.create(folder, files).render(LocalDate.parse(asOf)).diagnostics().all();
    }

    private boolean fires(String rule, String files, String asOf) {
        return findings(files, asOf).stream().anyMatch(d -> d.rule().equals(rule));
    }

    private void firesFrom(String rule, String files, String dayBefore, String day) {
        assertFalse(fires(rule, files, dayBefore), rule + " must not fire on " + dayBefore);
        assertTrue(fires(rule, files, day), rule + " must fire on " + day);
    }

    static final String SOC2 = """
            -- content/compliance.yaml --
            - id: soc2
              framework: soc2
              type: 2
              status: issued
              period: {start: 2025-07-01, end: 2026-06-30}
              report_date: 2026-08-15
              auditor: Example LLP
            """;

    static String iso(String extra) {
        return """
                -- content/compliance.yaml --
                - id: iso27001
                  framework: iso27001
                  status: certified
                  certificate_number: IS 1
                  certification_body: BSI
                  issued: 2025-03-10
                  expires: 2028-03-09
                """ + extra;
    }

    static final String AUDITED = """
              surveillance_audits:
                - {date: 2026-03-02, result: passed}
                - {date: 2027-03-01, result: passed}
            """;

    static final String DIFC = """
            -- content/compliance.yaml --
            - id: difc
              framework: difc-dpl-2020
              status: compliant
              notification: {number: DP-1, expires: 2027-03-31}
            """;

    @Test
    void socReportStaleSoonSixtyDaysAheadThenStale() {
        firesFrom("soc-report-stale-soon", SOC2, "2027-04-30", "2027-05-01");
        firesFrom("soc-report-stale", SOC2, "2027-06-30", "2027-07-01");
        assertFalse(fires("soc-report-stale-soon", SOC2, "2027-07-01"), "stale replaces stale-soon");
    }

    @Test
    void certificateExpiringWithinTheThresholdThenExpired() {
        firesFrom("certificate-expiring", iso(AUDITED), "2027-12-09", "2027-12-10");
        firesFrom("certificate-expired", iso(AUDITED), "2028-03-09", "2028-03-10");
    }

    @Test
    void aThresholdFromSiteConfigMovesTheBoundary() {
        String config = """
                -- site-config.yaml --
                site: {title: Acme, base_url: "https://trust.acme.example.com/"}
                company: {name: Acme}
                contacts: {security: security@acme.example.com}
                thresholds: {expiring_soon_days: 30}
                """;
        firesFrom("certificate-expiring", config + iso(AUDITED), "2028-02-07", "2028-02-08");
    }

    @Test
    void anIso27001CertificateToThe2013EditionLapsedAfter31October2025() {
        String old = iso("  edition: ISO/IEC 27001:2013\n" + AUDITED);
        firesFrom("certificate-edition-retired", old, "2025-10-31", "2025-11-01");
        var built = TestSite.create(folder, old).build(LocalDate.parse("2025-11-01"));
        assertEquals("expired", built.page("index.html").selectFirst("[data-entry=iso27001] .status").attr("data-status"));
        assertEquals("Note: Certificates to the 2013 edition of ISO 27001 lost their validity after 31 October 2025. "
                + "This one is no longer valid.", built.page("compliance/iso27001/index.html").selectFirst(".alert").text());
    }

    @Test
    void aSurveillanceAuditIsExpectedInEachCertificateYear() {
        firesFrom("surveillance-audit-missing", iso(""), "2026-03-10", "2026-03-11");
        assertFalse(fires("surveillance-audit-missing", iso(AUDITED), "2027-12-01"));
        String onlyFirstYear = iso("  surveillance_audits:\n    - {date: 2026-03-02, result: passed}\n");
        firesFrom("surveillance-audit-missing", onlyFirstYear, "2027-03-10", "2027-03-11");
        assertTrue(fires("surveillance-audit-failed",
                iso("  surveillance_audits:\n    - {date: 2026-03-02, result: failed}\n"), "2026-04-01"));
    }

    @Test
    void difcNotificationExpiringThenExpired() {
        firesFrom("difc-notification-expiring", DIFC, "2026-12-30", "2026-12-31");
        firesFrom("difc-notification-expired", DIFC, "2027-03-31", "2027-04-01");
    }

    static final String POLICY = """
            -- content/policies/p.md --
            ---
            title: P
            version: "1"
            owner: CISO
            effective: 2026-03-01
            last_reviewed: 2026-01-10
            visibility: public
            ---
            Text.
            """;

    @Test
    void policyReviewOverdueAndNotYetEffective() {
        firesFrom("policy-review-overdue", POLICY, "2027-01-10", "2027-01-11");
        assertTrue(fires("policy-not-yet-effective", POLICY, "2026-02-28"));
        assertFalse(fires("policy-not-yet-effective", POLICY, "2026-03-01"));
    }

    static String change(String date) {
        return """
                -- content/subprocessors.yaml --
                notice_period_days: 30
                subprocessors:
                  - {name: Mistral AI SAS, purpose: Inference, locations: [FR]}
                changes:
                  - {date: %s, announced: 2026-11-10, action: added, name: Mistral AI SAS}
                """.formatted(date);
    }

    @Test
    void lessNoticeThanPromisedIsAWarningAndExactlyTheNoticeIsNot() {
        assertTrue(fires("subprocessor-short-notice", change("2026-12-09"), "2026-11-22"));
        assertFalse(fires("subprocessor-short-notice", change("2026-12-10"), "2026-11-22"));
    }

    @Test
    void aChangeThatContradictsTheListIsAnErrorOnceInEffect() {
        String missing = """
                -- content/subprocessors.yaml --
                subprocessors: []
                changes:
                  - {date: 2026-12-15, announced: 2026-11-10, action: added, name: Mistral AI SAS}
                """;
        firesFrom("subprocessor-list-contradiction", missing, "2026-12-14", "2026-12-15");
        String stillListed = """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: Heroku, purpose: Hosting, locations: [US]}
                changes:
                  - {date: 2026-01-10, action: added, name: Heroku}
                  - {date: 2026-10-01, announced: 2026-08-25, action: removed, name: heroku}
                """;
        firesFrom("subprocessor-list-contradiction", stillListed, "2026-09-30", "2026-10-01");
        assertTrue(findings(stillListed, "2026-10-01").stream().anyMatch(Diagnostic::isError));
    }

    static final String SECURITY_TXT = """
            -- site-config.yaml --
            site: {title: Acme, base_url: "https://trust.acme.example.com/"}
            company: {name: Acme}
            contacts: {security: security@acme.example.com}
            security_txt: {expires: 2027-06-30}
            """;

    @Test
    void securityTxtExpiryFollowsRfc9116() {
        firesFrom("security-txt-too-far", SECURITY_TXT, "2026-06-30", "2026-06-29");
        firesFrom("security-txt-expiring", SECURITY_TXT, "2027-05-30", "2027-05-31");
        firesFrom("security-txt-expired", SECURITY_TXT, "2027-06-30", "2027-07-01");
        assertTrue(findings(SECURITY_TXT, "2027-07-01").stream().anyMatch(Diagnostic::isError));
    }

    @Test
    void aFreeMailCompanyContactIsAWarning() {
        String gmail = """
                -- site-config.yaml --
                site: {title: Acme, base_url: "https://trust.acme.example.com/"}
                company: {name: Acme}
                contacts: {security: acme.security@gmail.com}
                """;
        assertTrue(fires("free-mail-contact", gmail, "2026-11-22"));
        assertFalse(fires("free-mail-contact", "", "2026-11-22"));
    }

    @Test
    void aBrandColourThatFailsWcagAaAgainstWhiteIsAWarning() {
        String colour = """
                -- site-config.yaml --
                site: {title: Acme, base_url: "https://trust.acme.example.com/"}
                company: {name: Acme, brand_color: "%s"}
                contacts: {security: security@acme.example.com}
                """;
        assertTrue(fires("brand-contrast", colour.formatted("#777777"), "2026-11-22"), "4.48:1 on white fails");
        assertTrue(fires("brand-contrast", colour.formatted("#767676"), "2026-11-22"),
                "4.54:1 on white, but less on the tinted notices: a darker shade is used, and the publisher is told");
        assertFalse(fires("brand-contrast", colour.formatted("#1e3a8a"), "2026-11-22"), "dark enough everywhere");
    }

    @Test
    void aDocumentNothingRefersToIsAWarning() {
        String docs = """
                -- content/documents.yaml --
                - {id: dpa, title: DPA, access: public, file: dpa.pdf}
                -- content/documents/dpa.pdf --
                x
                """;
        assertTrue(fires("document-unreferenced", docs, "2026-11-22"));
        String referenced = docs + """
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant, documents: [dpa]}
                """;
        assertFalse(fires("document-unreferenced", referenced, "2026-11-22"));
    }

    @Test
    void anInternalLinkToNoPageIsAnErrorNamingTheNearestPage() {
        String broken = """
                -- content/overview.md --
                ---
                headline: Hi
                ---
                Intro.

                See [GDPR](compliance/gdp/) and [all of it](compliance/) and [mail](mailto:a@b.example).
                """;
        List<Diagnostic> found = findings(broken, "2026-11-22");
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals("broken-link", d.rule());
        assertEquals("content/overview.md", d.source().file());
        assertEquals(6, d.source().line());
        assertTrue(d.message().contains("compliance/gdp/index.html"), d.message());
        assertTrue(d.hint().startsWith("Did you mean \"compliance/gdpr/index.html\"? That is the page of the entry "
                + "\"gdpr\" of content/compliance.yaml."), d.hint());
    }
}
