package dev.trustcenter.render;

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
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each machine-readable output of the example, read back by the real parser or schema for its format. */
class MachineOutputsTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static SiteBuild.Result site;

    @BeforeAll
    static void build() {
        site = build(AS_OF);
    }

    static SiteBuild.Result build(LocalDate asOf) {
        SiteBuild.Result result = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(asOf, asOf), false);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return result;
    }

    static String text(SiteBuild.Result result, String path) {
        return result.files().orElseThrow().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("missing " + path));
    }

    static String text(String path) {
        return text(site, path);
    }

    @Test
    void trustJsonConformsToItsPublishedSchema() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(text("trust.schema.json"), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        JsonNode trust = new ObjectMapper().readTree(text("trust.json"));
        assertEquals(Set.of(), schema.validate(trust));
        assertEquals(1, trust.get("schema_version").asInt());
        assertEquals("2026-11-22", trust.get("as_of").asText());
        assertEquals(8, trust.get("compliance").size());
        assertEquals(32, trust.get("controls").size());
        JsonNode register = new ObjectMapper().readTree(text("ai-systems.json"));
        assertEquals(trust.get("ai_systems"), register.get("ai_systems"), "one record per system in both files");
        List<String> systems = new java.util.ArrayList<>();
        trust.get("ai_systems").forEach(s -> systems.add(s.get("id").asText()));
        assertEquals(List.of("forecast-assistant", "ledger-chat", "credit-signals"), systems);
        assertEquals(6, register.get("obligations").size());
        assertEquals("current", trust.at("/ai_systems/0/models/0/subprocessor_status").asText(),
                "Anthropic is in use as of the build");
        assertTrue(trust.at("/ai_systems/1/models/0/own_model").asBoolean(), "Ledger Chat runs Northwind's own model");
        List<String> crosswalk = new java.util.ArrayList<>();
        trust.at("/crosswalk/frameworks").forEach(f -> crosswalk.add(f.get("id").asText()));
        assertEquals(List.of("soc2", "iso27001", "iso42001"), crosswalk);
        assertEquals("unqualified", trust.at("/compliance/0/details/opinion").asText());
        JsonNode soc2 = trust.get("compliance").get(0);
        assertEquals("current", soc2.get("status").asText());
        assertEquals("2027-06-30", soc2.get("valid_until").asText());
        assertEquals("2025-07-01", soc2.at("/details/period/start").asText());
        for (JsonNode doc : trust.get("documents")) {
            assertEquals(doc.get("access").asText().equals("public"), doc.has("url"), doc.toString());
            assertTrue(doc.get("sha256").asText().matches("[0-9a-f]{64}"));
        }
        assertFalse(text("trust.json").contains("INTERNAL"), "policy text never reaches trust.json");
    }

    @Test
    void subprocessorsJsonAndCsvCarryTheSameListAsThePage() throws Exception {
        Document page = Jsoup.parse(text("subprocessors/index.html"));
        List<String> onPage = page.select("tr[data-subprocessor]").eachAttr("data-subprocessor").stream().sorted().toList();
        JsonNode json = new ObjectMapper().readTree(text("subprocessors.json"));
        List<String> inJson = json.get("subprocessors").findValuesAsText("name").stream().sorted().toList();
        assertEquals(onPage, inJson);
        String csv = text("subprocessors.csv");
        assertTrue(csv.startsWith("\uFEFFname,"), "a UTF-8 byte-order mark, for Excel, then the header");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(onPage, rows.stream().filter(r -> r.get("status").equals("current")).map(r -> r.get("name"))
                .sorted().toList());
        assertEquals(List.of("Mistral AI SAS"), rows.stream().filter(r -> r.get("status").equals("upcoming"))
                .map(r -> r.get("name")).toList(), "listed ahead of its date, exported as upcoming");
        CSVRecord cloudflare = rows.stream().filter(r -> r.get("name").equals("Cloudflare, Inc.")).findFirst().orElseThrow();
        assertEquals("US; DE; GB; AE", cloudflare.get("locations"));
        assertEquals("Content delivery, DDoS protection and DNS", cloudflare.get("purpose"));
        assertTrue(text("subprocessors.csv").contains("\r\n"), "RFC 4180 line endings");
        JsonNode mistral = json.get("changes").get(0);
        assertEquals("Mistral AI SAS", mistral.get("name").asText());
        assertEquals("2026-12-10", mistral.get("objections_until").asText());
    }

    @Test
    void theAtomFeedParsesAndNamesEffectiveAndObjectionDates() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(text("feed.xml")));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(11, feed.getEntries().size(),
                "4 updates, 4 subprocessor changes and the 3 EU AI Act duties that bind a system and apply already");
        SyndEntry transparency = feed.getEntries().stream()
                .filter(e -> e.getTitle().equals("EU AI Act duties apply: "
                        + "Transparency to the people who use or are affected by the system"))
                .findFirst().orElseThrow();
        assertEquals("Since 2 August 2026, Art. 50 of the EU AI Act apply to Forecast Assistant, Ledger Chat and "
                + "Credit Signals.", transparency.getDescription().getValue());
        assertTrue(feed.getEntries().stream().noneMatch(e -> e.getTitle().contains("Annex III")),
                "the high-risk duties (2 December 2027) are announced only 90 days ahead");
        SyndEntry mistral = feed.getEntries().stream().filter(e -> e.getTitle().equals("Subprocessor added: Mistral AI SAS"))
                .findFirst().orElseThrow();
        assertEquals("Upcoming: Added Mistral AI SAS, effective 15 December 2026. Objections until 10 December 2026. "
                + "EU-hosted model inference for customers who require processing in the EU", mistral.getDescription().getValue());
        Set<String> ids = feed.getEntries().stream().map(SyndEntry::getUri).collect(Collectors.toSet());
        assertEquals(11, ids.size(), "entry ids are unique");
        SyndFeed later = new SyndFeedInput().build(new StringReader(text(build(LocalDate.parse("2026-12-14")), "feed.xml")));
        assertEquals(ids, later.getEntries().stream().map(SyndEntry::getUri).collect(Collectors.toSet()),
                "entry ids do not change with the as-of date");
    }

    @Test
    void theCalendarParsesWithStableUniqueUids() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(text("calendar.ics")
                .getBytes(StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Set<String> uids = new HashSet<>();
        for (VEvent event : events) {
            assertTrue(uids.add(event.getUid().orElseThrow().getValue()), "unique UID");
        }
        Set<String> summaries = events.stream().map(e -> e.getSummary().orElseThrow().getValue()).collect(Collectors.toSet());
        assertTrue(summaries.contains("ISO 27001 certificate expires"));
        assertTrue(summaries.contains("ISO 27001 surveillance audit (planned)"));
        assertTrue(summaries.contains("SOC 2 report goes stale"));
        assertTrue(summaries.contains("DIFC notification DP-12345 expires"));
        assertTrue(summaries.contains("security.txt expires"));
        assertTrue(summaries.contains("Subprocessor added: Mistral AI SAS"));
        assertTrue(summaries.contains("Last day to object: Mistral AI SAS"));
        VEvent stale = events.stream().filter(e -> e.getSummary().orElseThrow().getValue().equals("SOC 2 report goes stale"))
                .findFirst().orElseThrow();
        assertEquals("20270701", stale.getDateTimeStart().orElseThrow().getValue());
        assertEquals(text("calendar.ics"), text(build(AS_OF), "calendar.ics"), "byte-identical across builds");
    }

    @Test
    void theSitemapIsValidAgainstTheSitemapSchemaAndRobotsPointsToIt() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/xsd/sitemap-0.9.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(text("sitemap.xml"))));
        String sitemap = text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://trust.northwind.ai/</loc>"));
        assertTrue(sitemap.contains("<loc>https://trust.northwind.ai/policies/information-security/</loc>"));
        assertFalse(sitemap.contains("404"));
        assertTrue(text("robots.txt").contains("Sitemap: https://trust.northwind.ai/sitemap.xml"));
    }

    @Test
    void securityTxtFollowsRfc9116() {
        List<String> lines = text(".well-known/security.txt").lines().toList();
        assertEquals(List.of("Contact: mailto:security@northwind.ai", "Expires: 2027-06-30T23:59:59Z",
                "Encryption: https://northwind.ai/pgp-key.txt", "Policy: https://northwind.ai/security/disclosure",
                "Preferred-Languages: en, ar", "Canonical: https://trust.northwind.ai/.well-known/security.txt"), lines);
    }

    @Test
    void headersCarryAStrictPolicyWithoutUnsafeInline() {
        String headers = text("_headers");
        assertTrue(headers.startsWith("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self';"));
        assertFalse(headers.contains("unsafe-inline"));
        for (String header : List.of("Strict-Transport-Security: max-age=", "X-Content-Type-Options: nosniff",
                "Referrer-Policy: no-referrer", "Permissions-Policy: ")) {
            assertTrue(headers.contains("  " + header), header);
        }
    }

    @Test
    void badgesAreWellFormedSvgWithTheStatusInWords() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String id : List.of("soc2", "iso27001", "iso42001", "difc", "gdpr", "eu-ai-act", "nist-ai-rmf")) {
            var svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text("badges/" + id + ".svg")
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", svg.getDocumentElement().getLocalName());
            assertNotNull(svg.getDocumentElement().getAttribute("aria-label"));
        }
        assertTrue(text("badges/iso27001.svg").contains("aria-label=\"ISO 27001: current\""));
        assertTrue(text("badges/iso42001.svg").contains("aria-label=\"ISO 42001: in progress\""));
    }

    @Test
    void everyPageHasCanonicalOpenGraphTwitterMetaAndAFavicon() {
        for (var file : site.files().orElseThrow()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith("https://trust.northwind.ai/"), file.path());
            assertEquals(canonical, page.selectFirst("meta[property=og:url]").attr("content"), file.path());
            assertFalse(page.selectFirst("meta[property=og:title]").attr("content").isEmpty());
            assertFalse(page.selectFirst("meta[property=og:description]").attr("content").isEmpty());
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
            assertEquals("https://trust.northwind.ai/assets/social-card.png",
                    page.selectFirst("meta[property=og:image]").attr("content"), file.path());
            assertEquals("1200", page.selectFirst("meta[property=og:image:width]").attr("content"));
            assertFalse(page.selectFirst("meta[property=og:image:alt]").attr("content").isEmpty());
            assertNotNull(page.selectFirst(file.path().endsWith("404.html") ? "link[rel=icon][href^=data:image/svg+xml]"
                    : "link[rel=icon][href$=assets/favicon.svg]"), file.path());
        }
        assertNull(Jsoup.parse(text("index.html")).selectFirst("script"), "no script on a content page");
    }
}
