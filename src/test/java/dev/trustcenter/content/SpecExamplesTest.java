package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of SPEC §2, copied verbatim, build; content written to the SPEC is accepted as written. */
class SpecExamplesTest {

    @TempDir
    Path folder;

    @Test
    void theSpecsOwnExamplesBuild() {
        TestSite site = TestSite.create(folder, """
                -- site-config.yaml --
                site:
                  title: Northwind AI Trust Center
                  base_url: https://trust.northwind.ai/   # absolute; canonical URLs, sitemap, feeds, security.txt
                  language: en                            # BCP 47; `ar` renders right-to-left
                  theme: default                          # a folder under themes/
                  output: public                          # build output folder
                company:
                  name: Northwind AI
                  legal_name: Northwind AI, Inc.
                  website: https://northwind.ai
                  logo: assets/logo.svg                   # relative to content/
                  brand_color: "#4f46e5"
                contacts:
                  security: security@northwind.ai
                  privacy: privacy@northwind.ai
                security_txt:                             # RFC 9116; omit the block to publish none
                  expires: 2027-06-30
                  encryption: https://northwind.ai/pgp-key.txt
                  policy: https://northwind.ai/security/disclosure
                  preferred_languages: [en, ar]
                access_requests:
                  delivery: mailto                        # mailto (default, needs no infrastructure) | endpoint
                  mailto: trust@northwind.ai
                  endpoint: https://forms.example.com/f/abc  # HTTPS form backend or webhook, when delivery: endpoint
                  block_free_email_domains: true
                  blocked_domains: []                     # more domains to refuse
                  grant_days: 30                          # default lifetime of an access grant
                thresholds:
                  report_max_age_months: 12               # SOC 2: a report is current for 12 months after its period end
                  expiring_soon_days: 90                  # certificates and registrations
                  policy_review_months: 12                # a policy not reviewed within this is overdue
                -- content/assets/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/compliance.yaml --
                - id: soc2
                  framework: soc2
                  type: 2                                 # 1 | 2
                  status: issued                          # planned | in_progress | issued
                  period: {start: 2025-07-01, end: 2026-06-30}   # Type 2: observation window; Type 1: only `as_of`
                  report_date: 2026-08-15
                  auditor: Prescient Assurance LLC
                  criteria: [security, availability, confidentiality]   # security is always in scope
                  bridge_letter: {date: 2026-11-01, document: soc2-bridge-2026}
                  documents: [soc2-type2-2026]
                - id: iso27001
                  framework: iso27001
                  status: certified                       # planned | in_progress | certified | suspended | withdrawn
                  certificate_number: IS 789123
                  certification_body: BSI
                  accreditation_body: UKAS
                  issued: 2025-03-10
                  expires: 2028-03-09                     # at most 3 years after `issued`
                  surveillance_audits:
                    - {date: 2026-03-02, result: passed}
                    - {date: 2027-03-01}                  # no result yet: planned
                  scope: The ISMS supporting the design, development and operation of the Northwind platform.
                  documents: [iso27001-certificate]
                - id: iso42001
                  framework: iso42001
                  status: in_progress
                  target: 2027-03-31
                - id: difc
                  framework: difc-dpl-2020
                  status: compliant                       # compliant | in_progress | not_applicable
                  notification: {number: DP-12345, renewed: 2026-02-01, expires: 2027-01-31}
                  dpo: {name: Layla Haddad, email: dpo@northwind.ai}
                  high_risk_processing: true              # true requires a dpo
                  transfers:
                    - {mechanism: adequacy, destinations: [DE, FR, GB]}
                    - {mechanism: scc, destinations: [US]}
                  breach_notification: Commissioner notified as soon as practicable; affected people when risk is high.
                - id: eu-ai-act
                  framework: eu-ai-act
                  status: in_progress
                  role: provider                          # provider | deployer | importer | distributor
                  risk_tier: limited                      # prohibited | high | limited | minimal | gpai
                -- content/subprocessors.yaml --
                notice_period_days: 30                    # advance notice promised to customers (GDPR Art. 28(2))
                subprocessors:
                  - name: Amazon Web Services, Inc.
                    purpose: Cloud hosting and infrastructure
                    category: infrastructure              # free text, used for grouping and filtering
                    data: [customer content, account data]
                    locations: [US, DE]
                    transfer_mechanism: dpf               # adequacy | scc | dpf | bcr | none | not_applicable
                    website: https://aws.amazon.com
                    dpa: https://aws.amazon.com/compliance/gdpr-center/
                    since: 2023-01-10
                    ai_model_provider: false
                changes:                                  # drives the change feed and "upcoming" notices
                  - {date: 2026-12-15, announced: 2026-11-10, action: added, name: Mistral AI SAS, note: EU-hosted model inference}
                -- content/policies/information-security.md --
                ---
                title: Information Security Policy
                summary: How Northwind protects the confidentiality, integrity and availability of information.
                version: "4.2"
                owner: Chief Information Security Officer
                effective: 2026-01-15
                last_reviewed: 2026-01-10
                visibility: public          # public: full text | summary: summary + request access | gated: title only + request access
                maps_to: [soc2:CC1.1, soc2:CC5.3, iso27001:A.5.1]
                ---
                Markdown body…
                -- content/documents.yaml --
                - id: soc2-type2-2026
                  title: SOC 2 Type II report, July 2025 – June 2026
                  access: gated             # public | gated
                  file: soc2-type2-2026.pdf # public: under content/documents/; gated: under private/
                  updated: 2026-08-15
                  description: Independent service auditor's report on controls relevant to security, availability and confidentiality.
                - {id: soc2-bridge-2026, title: Bridge letter, access: gated, file: bridge.pdf}
                - {id: iso27001-certificate, title: ISO 27001 certificate, access: public, file: iso.pdf}
                -- private/soc2-type2-2026.pdf --
                sample
                -- private/bridge.pdf --
                sample
                -- content/documents/iso.pdf --
                sample
                -- content/faq.yaml --
                - {category: Security, question: Is data encrypted, answer: "Yes, **always**."}
                -- content/updates/first.md --
                ---
                title: Hello
                date: 2026-08-15
                kind: certification
                ---
                Text.
                -- content/nda.md --
                ---
                title: Mutual NDA
                version: "3"
                ---
                Terms.
                -- content/overview.md --
                ---
                headline: Security at Northwind
                summary: Our posture.
                ---
                Body.
                """);
        TestSite.Built built = site.build(LocalDate.parse("2026-11-22"));
        assertEquals("expiring_soon", built.page("index.html").selectFirst("[data-entry=difc] .status").attr("data-status"),
                "the SPEC's DIFC notification expires on 2027-01-31, within 90 days of 2026-11-22");
        assertTrue(built.page("subprocessors/index.html").text().contains("infrastructure"));
        assertTrue(built.page("compliance/soc2/index.html").text().contains("Bridge letter"));
    }
}
