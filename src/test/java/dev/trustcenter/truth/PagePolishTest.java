package dev.trustcenter.truth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §D2, D3 and E: link previews, the subscribe block, headings, actions and sorting, on the example. */
class PagePolishTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static TestSite.Built example;

    @TempDir
    Path folder;

    @BeforeAll
    static void build() {
        var result = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(DAY, DAY), false);
        assertTrue(result.ok());
        example = new TestSite.Built(result);
    }

    @Test
    void theSocialCardIsA1200By630PngAndTheSameEveryBuild() throws Exception {
        byte[] png = example.files().stream().filter(f -> f.path().equals("assets/social-card.png")).findFirst()
                .orElseThrow().bytes();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        var again = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(DAY, DAY), false);
        assertArrayEquals(png, again.files().orElseThrow().stream().filter(f -> f.path().equals("assets/social-card.png"))
                .findFirst().orElseThrow().bytes());
    }

    @Test
    void theMachineReadableFilesAreLinkedWhereReadersLookForThem() {
        Document home = example.page("index.html");
        for (String href : List.of("feed.xml", "calendar.ics", "trust.json", "subprocessors.csv", "subprocessors.json")) {
            assertNotNull(home.selectFirst("#subscribe-heading ~ ul a[href=" + href + "]"), href + " on the home page");
        }
        Document subprocessors = example.page("subprocessors/index.html");
        for (String href : List.of("../feed.xml", "../calendar.ics", "../subprocessors.csv", "../subprocessors.json")) {
            assertNotNull(subprocessors.selectFirst("#subscribe-heading ~ ul a[href=" + href + "]"), href);
        }
    }

    @Test
    void theComplianceIndexHasNoSkippedHeadingLevelAndCardTitlesAreLinks() {
        Document compliance = example.page("compliance/index.html");
        assertTrue(compliance.select("h3").isEmpty(), "no h3 directly under the h1");
        assertTrue(compliance.select("h2.card-title > a[href]").size() >= 5);
    }

    @Test
    void aCardWithAConfidentialReportOffersTheRequestPrefilled() {
        var soc2 = example.page("index.html").selectFirst("article[data-entry=soc2] .card-action a");
        assertNotNull(soc2);
        assertEquals("request-access/index.html?doc=soc2-type2-2026", soc2.attr("href"));
        assertTrue(soc2.text().startsWith("Request the report"));
    }

    @Test
    void policiesAreListedWhateverTheCaseOfTheirTitles() {
        TestSite site = TestSite.create(folder, policy("zeta", "Zeta policy") + policy("alpha", "alpha policy")
                + policy("beta", "Beta policy"));
        var titles = site.build(DAY).page("policies/index.html").select("[data-policy]").eachAttr("data-policy");
        assertEquals(List.of("alpha", "beta", "zeta"), titles);
    }

    static String policy(String slug, String title) {
        return "-- content/policies/" + slug + ".md --\n---\ntitle: " + title + "\nversion: \"1\"\nowner: CISO\n"
                + "effective: 2026-01-01\nlast_reviewed: 2026-01-01\nvisibility: public\n---\nText.\n";
    }

    /** Issue 17 §E2: a wordmark keeps its proportions, and a dark-mode variant is offered to dark themes. */
    @Test
    void aWordmarkLogoKeepsItsWidthAndHasADarkVariant() {
        TestSite site = TestSite.create(folder, """
                -- site-config.yaml --
                site: {title: Acme Trust Center, base_url: "https://trust.acme.example.com/"}
                company: {name: Acme, logo: assets/wordmark.svg, logo_dark: assets/wordmark-dark.svg}
                contacts: {security: security@acme.example.com}
                -- content/assets/wordmark.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="160" height="32"/>
                -- content/assets/wordmark-dark.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="160" height="32"/>
                """);
        var brand = site.build(DAY).page("index.html").selectFirst(".brand");
        var img = brand.selectFirst("picture > img");
        assertEquals("assets/wordmark.svg", img.attr("src"));
        assertEquals("32", img.attr("height"));
        assertTrue(!img.hasAttr("width"), "no forced width: a wordmark keeps its proportions");
        var dark = brand.selectFirst("picture > source");
        assertEquals("assets/wordmark-dark.svg", dark.attr("srcset"));
        assertEquals("(prefers-color-scheme: dark)", dark.attr("media"));
    }

    /** Issue 17 §E4: a bare category key reads as a heading. */
    @Test
    void aCategoryKeyReadsAsAHeading() {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: OpenAI, purpose: Inference, locations: [US], category: ai}
                  - {name: Snowflake, purpose: Warehouse, locations: [US], category: data_storage}
                  - {name: AWS, purpose: Hosting, locations: [US], category: Cloud infrastructure}
                """);
        var headings = site.build(DAY).page("subprocessors/index.html").select("section[data-category] h2").eachText();
        assertEquals(List.of("AI", "Cloud infrastructure", "Data storage"), headings);
    }
}
