package dev.trustcenter.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Severity;
import dev.trustcenter.render.OutputFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the answer library's rules on their boundary days, and what the site publishes: a gated answer's text
 * never reaches the output, and no answer claims more than its evidence.
 */
class AnswersTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    static final String CONTENT = """
            -- content/controls.yaml --
            - {id: encryption-at-rest, title: Encryption at rest, category: data, status: implemented, last_tested: 2026-10-01}
            - {id: byok, title: Customer-managed keys, category: data, status: planned, target: 2027-06-30}
            - {id: dc, title: Data centres, category: physical, status: not_applicable, reason: Cloud only}
            -- content/documents.yaml --
            - {id: pentest, title: Penetration test summary, access: gated, file: pentest.txt}
            -- private/pentest.txt --
            The confidential pentest.
            -- content/policies/secret-policy.md --
            ---
            title: Secret Policy
            version: "1"
            owner: Security
            effective: 2026-01-01
            last_reviewed: 2026-06-01
            visibility: gated
            ---
            Confidential policy text.
            -- content/compliance.yaml --
            - {id: gdpr, framework: gdpr, status: compliant, documents: [pentest]}
            - id: soc2
              framework: soc2
              type: 2
              status: issued
              period: {start: 2025-01-01, end: 2025-12-31}
              report_date: 2026-02-15
              auditor: Example LLP
            """;

    static final String ANSWERS = """
            -- content/answers/encryption.yaml --
            - id: at-rest
              question: Is customer data encrypted at rest?
              short: "yes"
              answer: Yes, with AES-256.
              refs: {caiq: [CEK-03.1], sig_lite: [D.6.1], custom: [Q-17]}
              evidence: [controls/encryption-at-rest, documents/pentest, policies/secret-policy, soc2]
              last_reviewed: 2025-11-22
              aliases: ["Do you encrypt stored data?"]
              faq: true
            - id: internal-keys
              question: How are keys stored inside your platform?
              short: "yes"
              answer: GATED-SENTINEL keys live in an HSM in rack 7.
              visibility: gated
              refs: {caiq: [A&A-01.1]}
              last_reviewed: 2026-10-01
              faq: true
            """;

    TestSite site(String more) {
        return TestSite.create(folder, CONTENT + ANSWERS + more);
    }

    static List<Diagnostic> findings(SiteBuild.Result result, String rule) {
        return result.diagnostics().all().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    @Test
    void aReviewHoldsForTwelveMonthsAndIsOverdueTheDayAfter() {
        TestSite site = site("");
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2026-11-22")), "answer-review-overdue"));
        List<Diagnostic> overdue = findings(site.render(LocalDate.parse("2026-11-23")), "answer-review-overdue");
        assertEquals(1, overdue.size());
        assertEquals(Severity.WARNING, overdue.get(0).severity());
        assertTrue(overdue.get(0).message().contains("last reviewed on 22 November 2025"), overdue.get(0).message());
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                + "thresholds: {answer_review_months: 24}\n");
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2026-11-23")), "answer-review-overdue"));
    }

    @Test
    void anAnswerCitingAStaleReportIsMarkedFromTheDayTheReportGoesStale() throws java.io.IOException {
        // The SOC 2 period ends 2025-12-31: the report holds for 12 months, stale from 2027-01-01.
        TestSite site = site("");
        site.file("site-config.yaml", TestSite.parseSections(TestSite.MINIMAL).get("site-config.yaml")
                + "thresholds: {answer_review_months: 60}\n");
        assertEquals(List.of(), findings(site.render(LocalDate.parse("2026-12-31")), "answer-evidence-lapsed"));
        List<Diagnostic> lapsed = findings(site.render(LocalDate.parse("2027-01-01")), "answer-evidence-lapsed");
        assertEquals(1, lapsed.size(), lapsed.toString());
        assertEquals(Severity.WARNING, lapsed.get(0).severity());
        TestSite.Built built = site.build(LocalDate.parse("2027-01-01"));
        assertEquals("Evidence expired", built.page("answers/encryption/index.html")
                .select("#answer-at-rest .status-line .tag-bad").text());
        assertEquals("Evidence expired", built.page("answers/index.html").select("#answer-at-rest .tag-bad").text());
        assertTrue(json(built, "answers.json").at("/answers/0/evidence_expired").asBoolean());
        java.nio.file.Path xlsx = folder.resolve("stale.xlsx");
        java.nio.file.Files.write(xlsx, built.files().stream().filter(f -> f.path().equals("answers.xlsx")).findFirst()
                .orElseThrow().bytes());
        assertTrue(dev.trustcenter.questionnaire.QuestionnaireFile.read(xlsx).get(1).get(3).startsWith("Evidence expired"),
                "the workbook says so too");
        assertFalse(json(site.build(LocalDate.parse("2026-12-31")), "answers.json").at("/answers/0/evidence_expired")
                .asBoolean());
    }

    @Test
    void yesMayNotCiteAControlThatIsPlannedOrDoesNotApply() {
        String over = """
                -- content/answers/keys.yaml --
                - {id: byok, question: "Do you support BYOK?", short: "yes", answer: Yes., evidence: [byok], last_reviewed: 2026-10-01}
                - {id: dc, question: "Own data centres?", short: "yes", answer: Yes., evidence: [controls/dc], last_reviewed: 2026-10-01}
                - {id: byok-partial, question: "BYOK soon?", short: partial, answer: Planned., evidence: [byok], last_reviewed: 2026-10-01}
                - {id: byok-no, question: "BYOK now?", short: "no", answer: Not yet., evidence: [byok], last_reviewed: 2026-10-01}
                """;
        List<Diagnostic> errors = findings(site(over).render(DAY), "answer-overclaims");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).isError());
        assertTrue(errors.get(0).message().contains("cites the control \"byok\", which is planned"), errors.get(0).message());
        assertTrue(errors.get(1).message().contains("which is not applicable"), errors.get(1).message());
        assertTrue(errors.get(0).source().line() > 0);
    }

    @Test
    void evidenceAndRefsMustNameSomethingOnce() {
        String bad = """
                -- content/answers/more.yaml --
                - id: dup-ref
                  question: Encrypted?
                  short: "yes"
                  answer: Yes.
                  refs: {caiq: [CEK-03.1, IAM-14.1, IAM-14.1]}
                  evidence: [encryption-at-rst]
                  last_reviewed: 2026-10-01
                - {id: bad-ref, question: Keys, short: "yes", answer: Yes., refs: {sig_lite: [d.6.1]}, last_reviewed: 2026-10-01}
                - {id: at-rest, question: "Again?", short: "yes", answer: Yes., last_reviewed: 2026-10-01}
                """;
        SiteBuild.Result result = site(bad).render(DAY);
        List<Diagnostic> refs = findings(result, "duplicate-ref");
        assertEquals(2, refs.size(), refs.toString());
        assertTrue(refs.stream().anyMatch(d -> d.message().contains("CEK-03.1, which the answer \"at-rest\" already "
                + "answers")));
        assertTrue(refs.stream().anyMatch(d -> d.message().contains("IAM-14.1 twice")));
        assertEquals("Did you mean \"encryption-at-rest\"?", findings(result, "unknown-evidence").get(0).hint());
        assertTrue(findings(result, "bad-ref").get(0).message().contains("\"d.6.1\" is not a SIG Lite question id"));
        assertEquals(1, findings(result, "duplicate-id").size());
    }

    @Test
    void aGatedAnswersTextNeverReachesTheOutput() {
        TestSite.Built built = site("").build(DAY);
        for (OutputFile file : built.files()) {
            assertFalse(new String(file.bytes(), StandardCharsets.ISO_8859_1).contains("GATED-SENTINEL"), file.path());
        }
        Document domain = built.page("answers/encryption/index.html");
        Element gated = domain.getElementById("answer-internal-keys");
        assertEquals("How are keys stored inside your platform?", gated.selectFirst("h2").text());
        assertEquals("Answer available under NDA", gated.selectFirst(".tag").text());
        assertNull(gated.selectFirst("[data-status]"), "not even the short answer");
        JsonNode answers = json(built, "answers.json").get("answers");
        assertFalse(answers.get(1).has("short"));
        assertFalse(answers.get(1).has("answer"));
        assertEquals("gated", answers.get(1).get("visibility").asText());
        // The FAQ shows the public answer marked faq: true, never the gated one.
        Document faq = built.page("faq/index.html");
        assertNotNull(faq.getElementById("answer-at-rest"));
        assertNull(faq.getElementById("answer-internal-keys"));
    }

    @Test
    void aPublicAnswerLinksConfidentialEvidenceToTheRequestFormWithThatItemFilledIn() {
        Document page = site("").build(LocalDate.parse("2026-10-02")).page("answers/encryption/index.html");
        Element answer = page.getElementById("answer-at-rest");
        assertEquals(List.of("../../controls/index.html#encryption-at-rest",
                "../../request-access/index.html?doc=pentest", "../../request-access/index.html?policy=secret-policy",
                "../../compliance/soc2/index.html"), answer.select(".evidence a").eachAttr("href"));
        assertEquals("Available under NDA", answer.select(".evidence li").get(1).selectFirst(".tag").text());
        assertEquals("Yes", answer.selectFirst("[data-status]").text());
        assertEquals("Answers CSA CAIQ v4 CEK-03.1, SIG Lite D.6.1, Custom Q-17", answer.selectFirst(".refs").text());
    }

    @Test
    void theMachineOutputsAgreeWithTheirSchemaAndAreSafeInASpreadsheet() throws Exception {
        TestSite site = site("");
        site.file("content/answers/z-formula.yaml", """
                - {id: formula, question: "=HYPERLINK(\\"http://evil\\")", short: partial, answer: Some., last_reviewed: 2026-10-01, refs: {custom: [Z-1]}}
                """);
        TestSite.Built built = site.build(DAY);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                built.text("answers.schema.json"), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertEquals(Set.of(), schema.validate(json(built, "answers.json")));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(built.text("answers.csv").substring(1))).getRecords();
        assertEquals(3, rows.size());
        assertEquals("CEK-03.1", rows.get(0).get("caiq"));
        assertEquals("controls/encryption-at-rest; documents/pentest; policies/secret-policy; compliance/soc2",
                rows.get(0).get("evidence"));
        assertEquals("", rows.get(1).get("answer"), "gated: the question only");
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).get("question"));
        // answers.xlsx, read back: the CAIQ layout, public answers only, "partial" never written as "Yes".
        java.nio.file.Path xlsx = folder.resolve("answers.xlsx");
        java.nio.file.Files.write(xlsx, built.files().stream().filter(f -> f.path().equals("answers.xlsx")).findFirst()
                .orElseThrow().bytes());
        List<List<String>> sheet = dev.trustcenter.questionnaire.QuestionnaireFile.read(xlsx);
        assertEquals(List.of("Question ID", "Question", "Answer", "Notes"), sheet.get(0));
        assertEquals(List.of("CEK-03.1", "Is customer data encrypted at rest?", "Yes"), sheet.get(1).subList(0, 3));
        assertTrue(sheet.stream().noneMatch(r -> r.contains("A&A-01.1")), "the gated answer stays out");
        assertEquals("=HYPERLINK(\"http://evil\")", sheet.get(2).get(1), "a string cell, never a formula");
        assertEquals(3, sheet.size());
        assertEquals(List.of("Z-1", "No", "Partially. Some."), List.of(sheet.get(2).get(0), sheet.get(2).get(2),
                sheet.get(2).get(3)));
        JsonNode index = json(built, "answers/search-index.json");
        assertEquals("at-rest", index.at("/answers/0/id").asText());
        List<String> words = new java.util.ArrayList<>();
        index.at("/answers/0/words").forEach(w -> words.add(w.asText()));
        assertTrue(words.containsAll(List.of("encrypted", "rest", "encrypt", "stored", "cek-03.1", "cek", "q-17")), words.toString());
        assertFalse(words.contains("is"), "stop words are left out");
    }

    @Test
    void aDomainFileNameMustMakeAnAddress() {
        SiteBuild.Result result = site("-- content/answers/Data_Privacy.yaml --\n- {id: x, question: \"Q?\", short: \"yes\", "
                + "answer: A., last_reviewed: 2026-10-01}\n").render(DAY);
        assertTrue(findings(result, "bad-path").get(0).message().contains("\"Data_Privacy.yaml\" cannot name a domain"));
    }

    static JsonNode json(TestSite.Built built, String path) {
        try {
            return new ObjectMapper().readTree(built.text(path));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
