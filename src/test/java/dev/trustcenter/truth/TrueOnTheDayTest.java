package dev.trustcenter.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §A: statements that must be true on the day they are read. */
class TrueOnTheDayTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    static final String LIST = """
            -- content/subprocessors.yaml --
            notice_period_days: 30
            subprocessors:
              - {name: Amazon Web Services, purpose: Hosting, locations: [US], since: 2023-01-10}
              - {name: Mistral AI SAS, purpose: Model inference, locations: [FR], since: 2026-12-15, ai_model_provider: true}
            changes:
              - {date: 2026-12-15, announced: 2026-11-10, action: added, name: Mistral AI SAS}
            """;

    @Test
    void aSubprocessorThatStartsLaterIsUpcomingNotCurrentEverywhere() throws Exception {
        TestSite site = TestSite.create(folder, LIST);
        var built = site.build(DAY);
        Document page = built.page("subprocessors/index.html");
        assertEquals(List.of("Amazon Web Services"), page.select("tr[data-subprocessor]").eachAttr("data-subprocessor"));
        assertEquals(List.of("Mistral AI SAS"), page.select("[data-upcoming-subprocessor]").eachAttr("data-upcoming-subprocessor"));
        assertTrue(page.selectFirst("p.lead").text().contains("uses 1 subprocessors"), page.selectFirst("p.lead").text());
        assertTrue(built.page("index.html").text().contains("Subprocessors 1 in 1 country"), built.page("index.html").text());
        JsonNode json = new ObjectMapper().readTree(built.text("subprocessors.json"));
        assertEquals(1, json.get("subprocessors").size());
        assertEquals("Mistral AI SAS", json.get("upcoming").get(0).get("name").asText());
        assertEquals("2026-12-15", json.get("upcoming").get(0).get("starts").asText());
        String csv = built.text("subprocessors.csv");
        assertTrue(csv.contains("Amazon Web Services,Hosting,") && csv.lines().anyMatch(l -> l.startsWith("Amazon")
                && l.contains(",current,")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("Mistral AI SAS") && l.contains(",upcoming,2026-12-15")), csv);

        var onTheDay = site.build(LocalDate.parse("2026-12-15")).page("subprocessors/index.html");
        assertEquals(List.of("Amazon Web Services", "Mistral AI SAS"),
                onTheDay.select("tr[data-subprocessor]").eachAttr("data-subprocessor"), "current from its first day");
    }

    static List<Diagnostic> due(SiteBuild.Result result) {
        return result.diagnostics().all().stream().filter(d -> d.rule().equals("subprocessor-change-due")).toList();
    }

    /** Warned 14 days ahead (the default), so the daily build never breaks without notice. */
    @Test
    void anAdditionMissingFromTheListIsWarnedAboutBeforeItBecomesAnError() {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: Amazon Web Services, purpose: Hosting, locations: [US]}
                changes:
                  - {date: 2026-12-15, announced: 2026-11-10, action: added, name: Mistral AI SAS}
                """);
        assertEquals(0, due(site.render(LocalDate.parse("2026-11-30"))).size(), "15 days ahead: quiet");
        List<Diagnostic> warned = due(site.render(LocalDate.parse("2026-12-01")));
        assertEquals(1, warned.size(), "14 days ahead: warned");
        assertTrue(warned.get(0).hint().contains("since: 2026-12-15"), warned.get(0).hint());
        assertEquals(1, due(site.render(LocalDate.parse("2026-12-14"))).size(), "the day before: warned");
        SiteBuild.Result onTheDay = site.render(LocalDate.parse("2026-12-15"));
        assertFalse(onTheDay.ok(), "on the day it takes effect, the list contradicts the change");
        assertTrue(onTheDay.diagnostics().all().stream().anyMatch(d -> d.rule().equals("subprocessor-list-contradiction")));
    }

    @Test
    void aRemovalIsWarnedAboutAndUntilEndsTheSubprocessorOnTheDay() {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: Amazon Web Services, purpose: Hosting, locations: [US]}
                  - {name: Old Mail Ltd, purpose: Email, locations: [GB]}
                changes:
                  - {date: 2026-12-15, announced: 2026-11-10, action: removed, name: Old Mail Ltd}
                """);
        assertEquals(1, due(site.render(LocalDate.parse("2026-12-10"))).size());
        site.file("content/subprocessors.yaml", """
                subprocessors:
                  - {name: Amazon Web Services, purpose: Hosting, locations: [US]}
                  - {name: Old Mail Ltd, purpose: Email, locations: [GB], until: 2026-12-15}
                changes:
                  - {date: 2026-12-15, announced: 2026-11-10, action: removed, name: Old Mail Ltd}
                """);
        assertEquals(0, due(site.render(LocalDate.parse("2026-12-10"))).size());
        var before = site.build(LocalDate.parse("2026-12-14")).page("subprocessors/index.html");
        assertTrue(before.select("tr[data-subprocessor]").eachAttr("data-subprocessor").contains("Old Mail Ltd"));
        assertTrue(before.selectFirst("tr[data-subprocessor=Old Mail Ltd]").text().contains("Until 15 December 2026"));
        var after = site.build(LocalDate.parse("2026-12-15")).page("subprocessors/index.html");
        assertFalse(after.select("tr[data-subprocessor]").eachAttr("data-subprocessor").contains("Old Mail Ltd"));
    }

    @Test
    void aChangeThatTakesEffectBeforeObjectionsCloseSaysSoOnThePageTheFeedAndTheJson() throws Exception {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                notice_period_days: 30
                subprocessors:
                  - {name: Amazon Web Services, purpose: Hosting, locations: [US]}
                changes:
                  - {date: 2026-12-10, announced: 2026-11-20, action: added, name: Mistral AI SAS}
                """);
        var built = site.build(DAY);
        String statement = "Announced with 20 days' notice, fewer than the 30 days promised: it takes effect on "
                + "10 December 2026, before the objection period ends on 20 December 2026.";
        assertTrue(built.page("subprocessors/index.html").text().contains(statement));
        assertTrue(built.page("index.html").text().contains(statement));
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(built.text("feed.xml")));
        assertTrue(feed.getEntries().stream().map(e -> ((Entry) e).getSummary().getValue()).anyMatch(s -> s.contains(statement)));
        JsonNode change = new ObjectMapper().readTree(built.text("subprocessors.json")).get("changes").get(0);
        assertEquals(statement, change.get("short_notice").asText());
        assertTrue(change.get("effective_before_objections_end").asBoolean());
        assertEquals(20, change.get("notice_days").asInt());
        assertEquals(30, change.get("notice_promised_days").asInt());
    }

    @Test
    void goodStandingCountsOnlyWhatClaimsToExist() {
        TestSite site = TestSite.create(folder, """
                -- content/compliance.yaml --
                - {id: gdpr, framework: gdpr, status: compliant}
                - id: iso27001
                  framework: iso27001
                  status: certified
                  certificate_number: IS 1
                  certification_body: BSI
                  issued: 2023-01-10
                  expires: 2026-01-09
                - {id: iso42001, framework: iso42001, status: in_progress, target: 2027-03-31}
                - {id: soc2, framework: soc2, status: planned}
                - {id: difc, framework: difc-dpl-2020, status: not_applicable}
                """);
        Document page = site.build(DAY).page("index.html");
        String home = page.text();
        assertTrue(home.contains("Frameworks in good standing 1 of 2 held"), home);
        assertTrue(page.selectFirst("article[data-entry=iso27001]").hasClass("tone-bad"), "an expired certificate is bad");
        assertTrue(page.selectFirst("article[data-entry=iso27001]").text().contains("Expired"));
        assertTrue(home.contains("Working towards 1 in progress, 1 planned"), home);
    }

    @Test
    void aStaleReportsBarIsRedLikeItsCardAndTheAsOfLabelStaysInside() {
        TestSite site = TestSite.create(folder, """
                -- content/compliance.yaml --
                - id: soc2
                  framework: soc2
                  type: 2
                  status: issued
                  period: {start: 2024-01-01, end: 2024-12-31}
                  report_date: 2025-02-15
                  auditor: Prescient Assurance LLC
                """);
        Document home = site.build(DAY).page("index.html");
        assertTrue(home.selectFirst(".card").text().contains("Stale"));
        assertEquals(1, home.select(".timeline rect.bar-bad").size(), home.select(".timeline rect").toString());
        assertTrue(home.select(".timeline rect.bar-good, .timeline rect.bar-current").isEmpty());
        assertEquals(1, home.select(".legend .key-bad").size());
        var label = home.selectFirst("text.asof-label");
        assertEquals("end", label.attr("text-anchor"), "the as-of date is at the right edge, so its label runs left");
    }

    @Test
    void aFeedEntryIsUpdatedWhenItsTextChanges() throws Exception {
        TestSite site = TestSite.create(folder, LIST);
        Entry before = mistral(site, DAY);
        Entry after = mistral(site, LocalDate.parse("2026-12-15"));
        assertTrue(before.getSummary().getValue().startsWith("Upcoming:"));
        assertFalse(after.getSummary().getValue().startsWith("Upcoming:"));
        assertEquals(before.getId(), after.getId());
        assertTrue(after.getUpdated().after(before.getUpdated()), "updated moves when the text changes");
        assertEquals(mistral(site, DAY).getUpdated(), before.getUpdated(), "and is the same for the same as-of date");
    }

    static Entry mistral(TestSite site, LocalDate asOf) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(site.build(asOf).text("feed.xml")));
        return feed.getEntries().stream().map(e -> (Entry) e).filter(e -> e.getTitle().contains("Mistral")).findFirst()
                .orElseThrow();
    }
}
