package dev.trustcenter.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: every rule of the AI system register on the day before, of and after its date, and what the rendered
 * site says: nothing in the register may claim more than the rest of the content supports.
 */
class AiSystemsTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** A subprocessor list with one flagged AI provider, one unflagged, and one that starts on 2027-01-15. */
    static final String SUBPROCESSORS = """
            -- content/subprocessors.yaml --
            subprocessors:
              - {name: "Model Co", purpose: Inference, locations: [US], ai_model_provider: true, since: 2024-01-01}
              - {name: "Cloud Co", purpose: Hosting, locations: [DE], since: 2024-01-01}
              - {name: "Later Co", purpose: Inference, locations: [FR], ai_model_provider: true, since: 2027-01-15}
            -- content/policies/responsible-ai.md --
            ---
            title: Responsible AI
            version: "1"
            owner: Head of AI
            effective: 2026-01-01
            last_reviewed: 2026-06-01
            visibility: public
            ---
            We never train on customer data.
            """;

    /** A limited-risk deployer system on Model Co, in production, with everything a buyer needs. */
    static String system(String id, String extra) {
        return """
                - id: %s
                  name: %s system
                  purpose: Drafts things.
                  status: in_production
                  processes_personal_data: false
                  eu_ai_act: {role: deployer, risk_tier: limited, transparency_notice: "Marked as AI."}
                  models: [{name: Big Model, provider: Model Co, hosting: [US]}]
                  customer_data_training: never
                  policies: [responsible-ai]
                  evaluations: [{date: 2026-09-30, kind: accuracy, summary: Good}]
                %s""".formatted(id, id, extra.indent(2));
    }

    TestSite site(String register) {
        return TestSite.create(folder, SUBPROCESSORS + "-- content/ai-systems.yaml --\n" + register);
    }

    static List<Diagnostic> findings(SiteBuild.Result result, String rule) {
        return result.diagnostics().all().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    static Severity severity(SiteBuild.Result result, String rule) {
        List<Diagnostic> found = findings(result, rule);
        assertEquals(1, found.size(), rule + ": " + result.diagnostics().all());
        return found.get(0).severity();
    }

    @Test
    void aCompleteSystemHasNoFindings() {
        SiteBuild.Result result = site(system("ok", "")).render(DAY);
        assertEquals(List.of(), result.diagnostics().all(), result.diagnostics().all().toString());
    }

    @Test
    void aLimitedSystemWithoutANoticeIsAWarningBeforeArticle50AndAnErrorFromItsFirstDay() {
        String register = system("chat", "").replace(", transparency_notice: \"Marked as AI.\"", "");
        TestSite site = site(register);
        assertEquals(Severity.WARNING, severity(site.render(LocalDate.parse("2026-08-01")), "ai-transparency-notice-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2026-08-02")), "ai-transparency-notice-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2026-08-03")), "ai-transparency-notice-missing"));
        Diagnostic error = findings(site.render(DAY), "ai-transparency-notice-missing").get(0);
        assertEquals("content/ai-systems.yaml", error.source().file());
        assertTrue(error.message().contains("The duty has applied since 2 August 2026"), error.message());
        // A planned system is not on the market: the finding stays a warning.
        TestSite planned = site(register.replace("status: in_production", "status: planned"));
        assertEquals(Severity.WARNING, severity(planned.render(LocalDate.parse("2026-08-02")), "ai-transparency-notice-missing"));
    }

    static final String HIGH_PROVIDER = """
            - id: scoring
              name: Scoring
              purpose: Scores credit.
              status: in_production
              processes_personal_data: true
              eu_ai_act: {role: provider, risk_tier: high, annex_iii: "5(b)", transparency_notice: "Scored by AI."}
              models: [{name: Own Model, provider: Acme, hosting: [DE]}]
              customer_data_training: never
              policies: [responsible-ai]
              human_oversight: An officer confirms every score.
              evaluations: [{date: 2026-09-30, kind: accuracy, summary: Good}]
            """;

    @Test
    void conformityFactsOfAHighRiskProviderAreAWarningUntilTheAnnexIiiDateAndAnErrorFromIt() {
        TestSite site = site(HIGH_PROVIDER);
        assertEquals(Severity.WARNING, severity(site.render(LocalDate.parse("2027-12-01")), "ai-conformity-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2027-12-02")), "ai-conformity-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2027-12-03")), "ai-conformity-missing"));
        assertTrue(findings(site.render(DAY), "ai-conformity-missing").get(0).message()
                .contains("conformity_assessment and eu_database_id are missing"));
        // With both facts there is nothing to report, on any day.
        TestSite complete = site(HIGH_PROVIDER.replace("transparency_notice: \"Scored by AI.\"}", "transparency_notice: "
                + "\"Scored by AI.\", conformity_assessment: {date: 2027-06-01, internal: true}, eu_database_id: "
                + "EU-DB-123}"));
        assertEquals(List.of(), findings(complete.render(LocalDate.parse("2027-12-02")), "ai-conformity-missing"));
        // An Annex I product's duties apply from 2 August 2028 instead.
        TestSite annexI = site(HIGH_PROVIDER.replace("annex_iii: \"5(b)\"", "annex_i: \"Machinery Regulation (EU) "
                + "2023/1230\""));
        assertEquals(Severity.WARNING, severity(annexI.render(LocalDate.parse("2028-08-01")), "ai-conformity-missing"));
        assertEquals(Severity.ERROR, severity(annexI.render(LocalDate.parse("2028-08-02")), "ai-conformity-missing"));
    }

    @Test
    void aChangeOfTheCatalogueMovesEveryDerivedStatus() throws Exception {
        // The site redeclares the EU AI Act with Art. 50 moved to 2027: the rule, the page and the JSON follow.
        String register = system("chat", "").replace(", transparency_notice: \"Marked as AI.\"", "");
        TestSite site = site(register);
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml") + """
                frameworks:
                  - id: eu-ai-act
                    name: EU AI Act
                    kind: regulation
                    profile: ai_act
                    controls: [Art.4, Art.5, Art.50]
                    obligations:
                      - {id: transparency, kind: transparency, title: Transparency, articles: [Art.50], applies_from: 2027-03-01}
                """);
        assertEquals(Severity.WARNING, severity(site.render(DAY), "ai-transparency-notice-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2027-03-01")), "ai-transparency-notice-missing"));
        TestSite.Built built = site.build(DAY);
        Document page = built.page("ai/chat/index.html");
        assertEquals("Applies from 1 March 2027", page.select("#duty-transparency [data-status]").text());
        assertEquals(1, page.select(".duties > li").size(), "only the site's own timetable");
        JsonNode duty = json(built, "ai-systems.json").get("ai_systems").get(0).get("eu_ai_act").get("duties").get(0);
        assertEquals("2027-03-01", duty.get("applies_from").asText());
        assertFalse(duty.get("applies").asBoolean());
    }

    @Test
    void aProviderMustBeTheCompanyOrACurrentSubprocessor() {
        SiteBuild.Result unknown = site(system("a", "").replace("provider: Model Co", "provider: Model Corp")).render(DAY);
        Diagnostic error = findings(unknown, "ai-provider-unknown").get(0);
        assertTrue(error.isError());
        assertTrue(error.hint().startsWith("Did you mean \"Model Co\"? "), error.hint());
        assertTrue(error.source().line() > 0, "located at the model");
        // The company's own model, by its name or legal name, ignoring case.
        assertEquals(List.of(), site(system("own", "").replace("provider: Model Co", "provider: ACME")).render(DAY)
                .diagnostics().all());
        // Listed but not flagged as an AI model provider: a warning on the subprocessor entry.
        SiteBuild.Result unflagged = site(system("a", "").replace("provider: Model Co", "provider: Cloud Co")).render(DAY);
        Diagnostic warning = findings(unflagged, "ai-provider-not-flagged").get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("content/subprocessors.yaml", warning.source().file());
    }

    @Test
    void aProviderThatIsUpcomingOrGoneIsAnErrorOnTheDaysItIsNotInUse() {
        TestSite later = site(system("a", "").replace("provider: Model Co", "provider: Later Co"));
        assertEquals(Severity.ERROR, severity(later.render(LocalDate.parse("2027-01-14")), "ai-provider-not-current"));
        assertTrue(findings(later.render(LocalDate.parse("2027-01-14")), "ai-provider-not-current").get(0).message()
                .contains("starting only on 15 January 2027"));
        assertEquals(List.of(), findings(later.render(LocalDate.parse("2027-01-15")), "ai-provider-not-current"));
        // A planned system may wait for its provider.
        TestSite planned = site(system("a", "").replace("provider: Model Co", "provider: Later Co")
                .replace("status: in_production", "status: planned"));
        assertEquals(List.of(), findings(planned.render(LocalDate.parse("2027-01-14")), "ai-provider-not-current"));
        // Removed from the list: an error from the day it ends.
        TestSite removed = site(system("a", ""));
        removed.file("content/subprocessors.yaml", TestSite.parseSections(SUBPROCESSORS).get("content/subprocessors.yaml")
                .replace("since: 2024-01-01}\n  - {name: \"Cloud Co\"", "since: 2024-01-01, until: 2026-12-01}\n"
                        + "  - {name: \"Cloud Co\""));
        assertEquals(List.of(), findings(removed.render(LocalDate.parse("2026-11-30")), "ai-provider-not-current"));
        assertTrue(findings(removed.render(LocalDate.parse("2026-12-01")), "ai-provider-not-current").get(0).message()
                .contains("as no longer in use"));
        // A retired system makes no live claim.
        TestSite retired = site(system("a", "").replace("status: in_production", "status: retired")
                .replace("provider: Model Co", "provider: Nobody Ltd"));
        assertEquals(List.of(), retired.render(DAY).diagnostics().all());
    }

    @Test
    void whatARegisterEntryMustStateIsCheckedAtLoad() {
        assertTrue(site(system("p", "").replace("risk_tier: limited", "risk_tier: prohibited")).render(DAY)
                .diagnostics().all().stream().anyMatch(d -> d.rule().equals("ai-prohibited") && d.isError()));
        SiteBuild.Result high = site(HIGH_PROVIDER.replace(", annex_iii: \"5(b)\"", "")
                .replace("  human_oversight: An officer confirms every score.\n", "")).render(DAY);
        assertTrue(findings(high, "ai-annex-missing").get(0).isError());
        assertTrue(findings(high, "ai-human-oversight-missing").get(0).isError());
        assertTrue(findings(site(system("n", "").replace("  policies: [responsible-ai]\n", "")).render(DAY),
                "ai-training-policy-missing").get(0).isError());
        SiteBuild.Result optOut = site(system("o", "").replace("never", "opt_out")).render(DAY);
        assertTrue(findings(optOut, "ai-opt-out-how-missing").get(0).isError());
        assertEquals(List.of(), site(system("o", "opt_out_how: Settings, then Privacy.").replace("never", "opt_out"))
                .render(DAY).diagnostics().all());
        Diagnostic policy = findings(site(system("u", "").replace("[responsible-ai]", "[responsible-al]")).render(DAY),
                "unknown-policy").get(0);
        assertTrue(policy.hint().contains("responsible-ai"), policy.hint());
        assertTrue(findings(site(system("d", "") + system("d", "")).render(DAY), "duplicate-id").size() > 0);
    }

    @Test
    void theLatestEvaluationOfEachKindHoldsForTwelveMonths() {
        TestSite site = site(system("e", "").replace("[{date: 2026-09-30, kind: accuracy, summary: Good}]",
                "[{date: 2025-11-22, kind: accuracy, summary: Old}, {date: 2026-10-01, kind: accuracy, summary: New}, "
                        + "{date: 2025-11-22, kind: bias, summary: Old}]"));
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2026-11-22")), "ai-evaluation-overdue"));
        List<Diagnostic> overdue = findings(site.render(LocalDate.parse("2026-11-23")), "ai-evaluation-overdue");
        assertEquals(1, overdue.size(), "only bias: the newer accuracy evaluation holds");
        assertTrue(overdue.get(0).message().contains("latest bias evaluation is from 22 November 2025"));
        assertEquals(Severity.WARNING, overdue.get(0).severity());
        Document page = site.build(LocalDate.parse("2026-11-23")).page("ai/e/index.html");
        assertEquals("Due for re-evaluation", page.select(".evaluations .tag-warn").text());
        // The threshold is the site's.
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                + "thresholds: {ai_evaluation_max_age_months: 24}\n");
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2026-11-23")), "ai-evaluation-overdue"));
    }

    @Test
    void aSystemInProductionWithoutEvaluationIsAWarningButABetaOneIsNot() {
        String none = system("x", "").replace("  evaluations: [{date: 2026-09-30, kind: accuracy, summary: Good}]\n", "");
        assertEquals(Severity.WARNING, severity(site(none).render(DAY), "ai-evaluation-missing"));
        assertEquals(List.of(), findings(site(none.replace("in_production", "beta")).render(DAY), "ai-evaluation-missing"));
    }

    @Test
    void regulation10IsRequiredWhereTheDifcLawAppliesAndPersonalDataIsProcessed() {
        String personal = system("r", "").replace("processes_personal_data: false", "processes_personal_data: true");
        TestSite site = site(personal);
        assertEquals(List.of(), findings(site.render(DAY), "ai-difc-regulation-10-missing"), "no DIFC entry");
        site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: compliant}\n"
                + "- {id: difc, framework: difc-dpl-2020, status: in_progress}\n");
        assertTrue(findings(site.render(DAY), "ai-difc-regulation-10-missing").get(0).isError());
        site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: compliant}\n"
                + "- {id: difc, framework: difc-dpl-2020, status: not_applicable}\n");
        assertEquals(List.of(), findings(site.render(DAY), "ai-difc-regulation-10-missing"), "the law does not apply");
        site.file("content/compliance.yaml", "- {id: gdpr, framework: gdpr, status: compliant}\n"
                + "- {id: difc, framework: difc-dpl-2020, status: in_progress}\n");
        site.file("content/ai-systems.yaml", personal + "  difc_regulation_10: {role: deployer, notice: "
                + "\"https://acme.example.com/ai\"}\n");
        assertEquals(List.of(), findings(site.render(DAY), "ai-difc-regulation-10-missing"));
        assertEquals("Deployer", site.build(DAY).page("ai/r/index.html").select("dt:containsOwn(DIFC Regulation 10 role) + dd")
                .text());
    }

    @Test
    void theCompanyEntryMayNotBeLowerRiskThanItsRegister() {
        TestSite site = site(HIGH_PROVIDER.replace("transparency_notice: \"Scored by AI.\"}", "transparency_notice: "
                + "\"Scored by AI.\", conformity_assessment: {date: 2027-06-01, body: Notified Body 1234}, "
                + "eu_database_id: EU-DB-1}"));
        site.file("content/compliance.yaml", "- {id: ai, framework: eu-ai-act, status: in_progress, risk_tier: minimal}\n");
        Diagnostic mismatch = findings(site.render(DAY), "ai-act-register-mismatch").get(0);
        assertTrue(mismatch.isError());
        assertTrue(mismatch.message().contains("declares the company minimal-risk, but the AI system \"scoring\" is "
                + "high-risk"), mismatch.message());
        site.file("content/compliance.yaml", "- {id: ai, framework: eu-ai-act, status: in_progress, risk_tier: high}\n");
        assertEquals(List.of(), findings(site.render(DAY), "ai-act-register-mismatch"));
    }

    @Test
    void aProviderOutsideTheEuNamesAnAuthorisedRepresentativeOnceItsDutiesApply() {
        TestSite site = site(HIGH_PROVIDER);
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                .replace("  name: Acme\n", "  name: Acme\n  country: US\n"));
        assertEquals(Severity.WARNING, severity(site.render(LocalDate.parse("2027-12-01")), "ai-authorised-representative-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2027-12-02")), "ai-authorised-representative-missing"));
        assertEquals(Severity.ERROR, severity(site.render(LocalDate.parse("2027-12-03")), "ai-authorised-representative-missing"));
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                .replace("  name: Acme\n", "  name: Acme\n  country: DE\n"));
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2027-12-02")), "ai-authorised-representative-missing"));
    }

    @Test
    void thePagesLinkProvidersBothWaysAndNeverClaimMoreThanTheControlsDo() throws Exception {
        TestSite site = site(system("assist", "maps_to: [iso42001:A.6.2.4, eu-ai-act:Art.50]\nretention: "
                + "{prompts_days: 0, outputs_days: 30, zero_data_retention: true}"));
        site.file("content/controls.yaml", """
                - {id: red-team, title: Red teaming, category: ai, status: planned, target: 2027-03-31, maps_to: [iso42001:A.6.2.4]}
                - {id: labels, title: AI labels, category: ai, status: implemented, last_tested: 2026-10-01, maps_to: [eu-ai-act:Art.50]}
                """);
        TestSite.Built built = site.build(DAY);
        Document index = built.page("ai/index.html");
        Element card = index.selectFirst("article#system-assist");
        assertNotNull(card);
        assertTrue(card.text().contains("Customer data is never used to train models."), card.text());
        assertTrue(card.text().contains("Zero data retention at the model provider. Prompts are not kept; outputs are "
                + "kept 30 days."), card.text());
        Element provider = card.selectFirst("a[href^=../subprocessors/index.html#]");
        assertEquals("Model Co", provider.text());
        String anchor = provider.attr("href").substring(provider.attr("href").indexOf('#') + 1);
        Document subprocessors = built.page("subprocessors/index.html");
        Element row = subprocessors.getElementById(anchor);
        assertNotNull(row, "the provider's row has the id the AI page links to");
        assertEquals("../ai/assist/index.html", row.selectFirst("a[href*=ai/]").attr("href"));
        // The system page names each mapped requirement and shows each control's own status.
        Document page = built.page("ai/assist/index.html");
        assertTrue(page.text().contains("A.6.2.4 AI system verification and validation"), page.text());
        Element redTeam = page.selectFirst("a[href$=#red-team]").parent();
        assertEquals("planned", redTeam.selectFirst("[data-status]").attr("data-status"));
        assertEquals("implemented", page.selectFirst("a[href$=#labels]").parent().selectFirst("[data-status]")
                .attr("data-status"));
        // The home page's AI line, the timeline and the machine outputs.
        assertTrue(built.page("index.html").text().contains("1 AI system: 1 limited risk. Customer data never trains "
                + "our models."));
        assertEquals(List.of("../ai/assist/index.html"), index.select("#duty-transparency a").eachAttr("href"));
        assertEquals("None of ours", index.select("#duty-general-purpose-ai td").last().text());
        JsonNode trust = json(built, "trust.json").get("ai_systems").get(0);
        assertEquals("never", trust.get("customer_data_training").asText());
        assertEquals("current", trust.get("models").get(0).get("subprocessor_status").asText());
        assertTrue(built.text("calendar.ics").contains("UID:ai-act-duty-transparency-2026-08-02@trust.acme.example.com"));
    }

    @Test
    void changingOneProvidersSubprocessorStatusInTheExampleFailsTheBuildWithALocatedError() throws Exception {
        Path example = TestSite.copyOfExample(folder);
        Path list = example.resolve("content/subprocessors.yaml");
        String text = Files.readString(list);
        // Anthropic starts a year later than the register says Forecast Assistant uses it.
        Files.writeString(list, text.replace("    since: 2026-03-01\n    ai_model_provider: true",
                "    since: 2027-03-01\n    ai_model_provider: true"));
        SiteBuild.Result result = SiteBuild.render(example.resolve("site-config.yaml"),
                new dev.trustcenter.build.BuildDates(DAY, DAY), false);
        Diagnostic error = findings(result, "ai-provider-not-current").get(0);
        assertTrue(error.isError());
        assertEquals("content/ai-systems.yaml", error.source().file());
        assertTrue(error.source().line() > 0 && error.source().column() > 0, error.source().toString());
        assertTrue(error.message().contains("Anthropic, PBC"), error.message());
    }

    static JsonNode json(TestSite.Built built, String path) throws Exception {
        return JSON.readTree(built.text(path));
    }
}
