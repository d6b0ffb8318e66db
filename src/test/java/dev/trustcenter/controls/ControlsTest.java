package dev.trustcenter.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the control rules on their boundary days, and what the rendered site says about controls: a planned
 * control is never shown as implemented on a page, in the crosswalk, in JSON or in OSCAL.
 */
class ControlsTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static final String SOC2_2025 = """
            - id: soc2
              framework: soc2
              type: 2
              status: issued
              period: {start: 2024-07-01, end: 2025-06-30}
              report_date: 2025-08-15
              auditor: Example LLP
            """;

    static List<String> rules(SiteBuild.Result result, String rule) {
        return result.diagnostics().all().stream().filter(d -> d.rule().equals(rule)).map(Diagnostic::message).toList();
    }

    @Test
    void aLastTestHoldsForTwelveMonthsAndIsOverdueTheDayAfter() {
        TestSite site = TestSite.create(folder, """
                -- content/controls.yaml --
                - {id: mfa, title: MFA, category: product, status: implemented, last_tested: 2025-11-22}
                - {id: plan, title: Plan, category: product, status: planned, target: 2027-01-01}
                """);
        assertEquals(List.of(), rules(site.render(LocalDate.parse("2026-11-22")), "control-test-overdue"));
        List<String> overdue = rules(site.render(LocalDate.parse("2026-11-23")), "control-test-overdue");
        assertEquals(1, overdue.size(), overdue.toString());
        assertTrue(overdue.get(0).contains("\"mfa\" was last tested on 22 November 2025, 12 months ago"), overdue.get(0));
        // Fourteen months on, the page says so in words.
        Document page = site.build(LocalDate.parse("2027-01-23")).page("controls/index.html");
        assertEquals("Last tested 14 months ago", page.select("#mfa .status-line strong").text());
        assertEquals("Implemented, test overdue", page.select("#mfa [data-status]").first().text());
    }

    @Test
    void thresholdComesFromSiteConfig() {
        TestSite site = TestSite.create(folder, """
                -- content/controls.yaml --
                - {id: mfa, title: MFA, category: product, status: implemented, last_tested: 2026-05-22}
                """);
        assertEquals(List.of(), rules(site.render(DAY), "control-test-overdue"));
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                + "thresholds: {control_test_max_age_months: 6}\n");
        assertEquals(List.of(), rules(site.render(LocalDate.parse("2026-11-22")), "control-test-overdue"));
        assertEquals(1, rules(site.render(LocalDate.parse("2026-11-23")), "control-test-overdue").size());
    }

    @Test
    void evidenceLapsesTheDayItsReportGoesStale() {
        TestSite site = TestSite.create(folder, "-- content/compliance.yaml --\n" + SOC2_2025 + """
                -- content/controls.yaml --
                - {id: audit, title: Audit, category: organizational, status: implemented, last_tested: 2026-06-01, evidence: [soc2]}
                """);
        assertEquals(List.of(), rules(site.render(LocalDate.parse("2026-06-30")), "control-evidence-lapsed"));
        List<String> lapsed = rules(site.render(LocalDate.parse("2026-07-01")), "control-evidence-lapsed");
        assertEquals(1, lapsed.size());
        assertTrue(lapsed.get(0).contains("that SOC 2 entry is stale"), lapsed.get(0));
        Document page = site.build(LocalDate.parse("2026-07-01")).page("controls/index.html");
        assertEquals("Stale: evidence lapsed", page.select("#audit .tag").text());
    }

    @Test
    void aPlannedControlWhoseTargetPassedIsWarnedAbout() {
        TestSite site = TestSite.create(folder, """
                -- content/controls.yaml --
                - {id: cmk, title: CMK, category: data, status: planned, target: 2026-11-22}
                """);
        assertEquals(List.of(), rules(site.render(LocalDate.parse("2026-11-22")), "control-target-passed"));
        assertEquals(1, rules(site.render(LocalDate.parse("2026-11-23")), "control-target-passed").size());
    }

    static final String CERTIFIED = """
            -- content/compliance.yaml --
            - id: iso
              framework: iso27001
              status: %s
              certificate_number: "1"
              certification_body: BSI
              issued: 2026-03-10
              expires: 2029-03-09
              statement_of_applicability: {publish: true, excluded: {A.7.5: "No data centres of our own"}}
            """;

    /** One control per Annex A control except {@code missing}, which is neither mapped nor excluded. */
    static String annexControls(String missing) {
        StringBuilder yaml = new StringBuilder("-- content/controls.yaml --\n");
        for (String section : List.of("5:37", "6:8", "7:14", "8:34")) {
            String[] parts = section.split(":");
            for (int i = 1; i <= Integer.parseInt(parts[1]); i++) {
                String id = "A." + parts[0] + "." + i;
                if (!id.equals(missing) && !id.equals("A.7.5")) {
                    yaml.append("- {id: c-").append(parts[0]).append('-').append(i)
                            .append(", title: C, category: organizational, status: implemented, last_tested: 2026-10-01,")
                            .append(" maps_to: [iso27001:").append(id).append("]}\n");
                }
            }
        }
        return yaml.toString();
    }

    @Test
    void aCertifiedStatementWithAnUnaddressedAnnexAControlHasAGap() {
        TestSite site = TestSite.create(folder, CERTIFIED.formatted("certified") + annexControls("A.8.30"));
        List<String> gaps = rules(site.render(DAY), "soa-gap");
        assertEquals(1, gaps.size(), gaps.toString());
        assertTrue(gaps.get(0).contains("1 Annex A control is neither addressed by a control nor excluded: A.8.30."),
                gaps.get(0));
        TestSite complete = TestSite.create(folder.resolve("complete"), CERTIFIED.formatted("certified")
                + annexControls("none"));
        assertEquals(List.of(), rules(complete.render(DAY), "soa-gap"));
        TestSite inProgress = TestSite.create(folder.resolve("progress"), CERTIFIED.formatted("in_progress")
                + annexControls("A.8.30"));
        assertEquals(List.of(), rules(inProgress.render(DAY), "soa-gap"), "only a certified entry is held to its SoA");

        Document entry = complete.build(DAY).page("compliance/iso/index.html");
        assertEquals(93, entry.select("#soa-heading ~ div tbody tr").size());
        assertEquals("Excluded No data centres of our own", entry.select("#soa-A\\.7\\.5 td").first().text());
        assertTrue(entry.text().contains("92 of 93 Annex A controls applicable, 1 excluded; 92 implemented"));
    }

    @Test
    void aStatementIsPublishedOnlyWhenItSaysSo() {
        TestSite site = TestSite.create(folder, CERTIFIED.formatted("certified").replace("publish: true", "publish: false")
                + annexControls("none"));
        assertTrue(site.build(DAY).page("compliance/iso/index.html").select("#soa-heading").isEmpty());
    }

    static final String PLANNED_ONLY = """
            -- content/controls.yaml --
            - id: cmk
              title: Customer-managed keys
              category: data
              status: planned
              target: 2027-06-30
              maps_to: [soc2:CC6.1, iso27001:A.8.24]
            - id: mfa
              title: Multi-factor authentication
              category: product
              status: implemented
              last_tested: 2026-10-01
              maps_to: [soc2:CC6.2]
            """;

    @Test
    void aPlannedControlIsNeverShownAsImplementedAnywhere() throws Exception {
        TestSite.Built built = TestSite.create(folder, PLANNED_ONLY).build(DAY);

        Document controls = built.page("controls/index.html");
        assertEquals("planned", controls.select("#cmk [data-status]").attr("data-status"));
        assertEquals("Planned for 30 June 2027", controls.select("#cmk [data-status]").text());
        assertFalse(controls.select("#cmk").text().contains("Implemented"));
        assertEquals("implemented", controls.select("#mfa [data-status]").attr("data-status"));
        Document soc2Page = built.page("controls/soc2/index.html");
        assertEquals("planned", soc2Page.select("#cmk [data-status]").attr("data-status"));

        Document crosswalk = built.page("controls/crosswalk/index.html");
        assertEquals("cov-planned", crosswalk.select("#soc2-CC6\\.1 td").first().className());
        assertEquals("Planned only", crosswalk.select("#soc2-CC6\\.1 td").first().text());
        assertEquals("cov-planned", crosswalk.select("#iso27001-A\\.8\\.24 td").first().className());
        assertEquals("cov-implemented", crosswalk.select("#soc2-CC6\\.2 td").first().className());
        assertTrue(crosswalk.text().contains("self-assessment"), "the crosswalk says it is no auditor's statement");

        JsonNode trust = JSON.readTree(built.text("trust.json"));
        JsonNode cmk = trust.at("/controls/0");
        assertEquals("cmk", cmk.get("id").asText());
        assertEquals("planned", cmk.get("status").asText());
        JsonNode cc61 = requirement(trust.at("/crosswalk/frameworks/0"), "CC6.1");
        assertEquals("planned", cc61.get("coverage").asText());
        assertEquals("implemented", requirement(trust.at("/crosswalk/frameworks/0"), "CC6.2").get("coverage").asText());
        assertEquals(1, trust.at("/crosswalk/frameworks/0/counts/planned").asInt());
        assertEquals(JSON.readTree(built.text("controls.json")).get("controls"), trust.get("controls"));

        JsonNode oscal = JSON.readTree(built.text("oscal/component-definition.json"));
        for (JsonNode implementation : oscal.at("/component-definition/components/0/control-implementations")) {
            for (JsonNode requirement : implementation.get("implemented-requirements")) {
                String status = requirement.at("/props/0/value").asText();
                String id = requirement.get("control-id").asText();
                assertEquals(id.equals("CC6.2") ? "implemented" : "planned", status, id);
            }
        }
        String cmkSays = oscal.at("/component-definition/components/0/control-implementations/0"
                + "/implemented-requirements/0/description").asText();
        assertEquals("Customer-managed keys (planned for 30 June 2027).", cmkSays, "a month keeps its capital");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(built.text("controls.csv").substring(1))).getRecords();
        assertEquals("planned", rows.get(0).get("status"));
        assertEquals("soc2:CC6.1; iso27001:A.8.24", rows.get(0).get("maps_to"));
        assertEquals("2027-06-30", rows.get(0).get("target"));
    }

    @Test
    void aRequirementListsEachApplicableControlOnceInFileOrder() throws Exception {
        TestSite.Built built = TestSite.create(folder, """
                -- content/controls.yaml --
                - {id: sso, title: SSO, category: infrastructure, status: implemented, last_tested: 2026-10-01,
                   maps_to: [soc2:CC6.1, iso27001:A.5.15, soc2:CC6.1]}
                - {id: dc, title: Own data centre, category: physical, status: not_applicable, reason: Cloud only,
                   maps_to: [soc2:CC6.1]}
                - {id: mfa, title: MFA, category: infrastructure, status: implemented, last_tested: 2026-10-01,
                   maps_to: [soc2:CC6.1]}
                """).build(DAY);

        Document crosswalk = built.page("controls/crosswalk/index.html");
        assertEquals("sso mfa", crosswalk.select("#soc2-CC6\\.1 td").last().text());
        JsonNode cc61 = requirement(JSON.readTree(built.text("trust.json")).at("/crosswalk/frameworks/0"), "CC6.1");
        assertEquals(List.of("sso", "mfa"), JSON.convertValue(cc61.get("controls"), List.class));
    }

    static JsonNode requirement(JsonNode framework, String id) {
        for (JsonNode r : framework.get("requirements")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    @Test
    void aPolicyShowsWhatItMapsToByNameAndTheControlsThatCiteIt() {
        TestSite.Built built = TestSite.create(folder, """
                -- content/policies/crypto.md --
                ---
                title: Cryptography Policy
                version: "1"
                owner: CISO
                effective: 2026-01-01
                last_reviewed: 2026-06-01
                visibility: public
                maps_to: [iso27001:A.8.24]
                ---
                Text.
                -- content/controls.yaml --
                - {id: kms, title: Keys in KMS, category: data, status: implemented, last_tested: 2026-10-01, evidence: [crypto]}
                """).build(DAY);
        Document policy = built.page("policies/crypto/index.html");
        assertTrue(policy.text().contains("ISO 27001 A.8.24 Use of cryptography"), policy.text());
        assertEquals("../../controls/index.html#kms", policy.select("dt:containsOwn(Evidence for) + dd a").attr("href"));
        Document home = built.page("index.html");
        assertEquals("Data", home.select("#controls-heading + ul li a").text());
        assertEquals("1 implemented", home.select("#controls-heading + ul li .meta").text());
        assertEquals("controls/index.html#category-data", home.select("#controls-heading + ul li a").attr("href"));
    }

    @Test
    void theExamplesOscalValidatesAgainstNistsOfficialSchema() throws Exception {
        TestSite.Built built = new TestSite.Built(SiteBuild.render(Path.of("site-config.yaml").toAbsolutePath(),
                new dev.trustcenter.build.BuildDates(DAY, DAY), false));
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/json/oscal-component-definition_schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        JsonNode oscal = JSON.readTree(built.text("oscal/component-definition.json"));
        Set<ValidationMessage> errors = schema.validate(oscal);
        assertEquals(Set.of(), errors);
        assertEquals("1.1.2", oscal.at("/component-definition/metadata/oscal-version").asText());
        assertTrue(oscal.at("/component-definition/components/0/control-implementations").size() >= 3);
        // The schema can fail: a control id that is not a token, and a random version 3 UUID, are refused.
        ((com.fasterxml.jackson.databind.node.ObjectNode) oscal.at(
                "/component-definition/components/0/control-implementations/0/implemented-requirements/0"))
                .put("control-id", "6.1.2").put("uuid", java.util.UUID.nameUUIDFromBytes(new byte[] {1}).toString());
        assertEquals(2, schema.validate(oscal).size(), schema.validate(oscal).toString());
    }
}
