package dev.trustcenter.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.model.Translation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a site in English and Arabic. Every page exists in both, the Arabic interface is Arabic and right to
 * left, a translated policy shows its translation, an untranslated one shows the English marked as English, and a
 * translation made from an earlier version of its source is caught by check and said on the page.
 */
class LanguagesTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");
    static final String BODY = "We encrypt customer data at rest and in transit.";

    @TempDir
    Path folder;

    static String site(String translationOf, String sourceBody) {
        return """
                -- site-config.yaml --
                site:
                  title: Acme Trust Center
                  base_url: https://trust.acme.example.com/
                  languages: [en, ar]
                company:
                  name: Acme
                contacts:
                  security: security@acme.example.com
                -- content/policies/data-protection.md --
                ---
                title: Data protection
                version: "1"
                owner: DPO
                effective: 2026-01-01
                last_reviewed: 2026-06-01
                visibility: public
                ---
                %s
                -- content/policies/access-control.md --
                ---
                title: Access control
                version: "1"
                owner: CISO
                effective: 2026-01-01
                last_reviewed: 2026-06-01
                visibility: public
                ---
                Access is granted by role.
                -- content/policies/incident-response.md --
                ---
                title: Incident response
                version: "1"
                owner: CISO
                effective: 2026-01-01
                last_reviewed: 2026-06-01
                visibility: gated
                ---
                SECRET-ENGLISH-PLAYBOOK
                -- content/policies/incident-response.ar.md --
                ---
                title: الاستجابة للحوادث
                translation_of: %s
                ---
                SECRET-ARABIC-PLAYBOOK
                -- content/policies/data-protection.ar.md --
                ---
                title: حماية البيانات
                translation_of: %s
                ---
                نشفّر بيانات العملاء أثناء التخزين والنقل.
                """.formatted(sourceBody, Translation.hash("SECRET-ENGLISH-PLAYBOOK"), translationOf);
    }

    @Test
    void everyPageExistsInEveryLanguageWithItsOwnInterfaceAndAlternates() throws Exception {
        TestSite.Built built = TestSite.create(folder, site(Translation.hash(BODY), BODY)).build(DAY);
        Document en = built.page("policies/index.html");
        Document ar = built.page("ar/policies/index.html");
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("السياسات", ar.selectFirst("h1").text());
        assertEquals("Policies", en.selectFirst("h1").text());
        assertEquals("https://trust.acme.example.com/ar/policies/",
                en.selectFirst("link[rel=alternate][hreflang=ar]").attr("href"));
        assertEquals("https://trust.acme.example.com/policies/",
                ar.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        // The switcher keeps the page, and shared files are read from the site's root.
        assertEquals("../../policies/index.html", ar.selectFirst("nav.languages a[hreflang=en]").attr("href"));
        assertEquals("../../ar/policies/index.html", ar.selectFirst("nav.languages a[hreflang=ar]").attr("href"));
        assertEquals("../ar/policies/index.html", en.selectFirst("nav.languages a[hreflang=ar]").attr("href"));
        assertEquals("../../assets/trustcenter.css", ar.selectFirst("link[rel=stylesheet]").attr("href"));
        for (String path : List.of("index.html", "compliance/index.html", "policies/data-protection/index.html",
                "request-access/index.html", "feed.xml", "calendar.ics")) {
            assertTrue(built.has("ar/" + path), "ar/" + path);
        }
        assertFalse(built.has("ar/trust.json"), "machine files are written once");
        assertTrue(built.has("trust.json"));
        String sitemap = built.text("sitemap.xml");
        assertTrue(sitemap.contains("https://trust.acme.example.com/ar/policies/"), sitemap);
        // Each page names all its languages, the Arabic one included, from the English and the Arabic entry alike.
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" "
                + "href=\"https://trust.acme.example.com/ar/policies/\"/>"), sitemap);
        assertEquals(2 * 2, sitemap.split("hreflang=\"ar\" href=\"https://trust.acme.example.com/ar/policies/\"", -1)
                .length - 1 + sitemap.split("hreflang=\"en\" href=\"https://trust.acme.example.com/policies/\"", -1)
                .length - 1, "policies/ and ar/policies/ each list both languages");
    }

    @Test
    void aTranslationIsShownAndAnUntranslatedTextIsMarkedAsTheDefaultLanguage() throws Exception {
        TestSite.Built built = TestSite.create(folder, site(Translation.hash(BODY), BODY)).build(DAY);
        Document translated = built.page("ar/policies/data-protection/index.html");
        assertEquals("حماية البيانات", translated.selectFirst("h1").text());
        assertTrue(translated.selectFirst(".prose").text().contains("نشفّر"));
        assertTrue(translated.select(".translation-stale").isEmpty());
        // Facts stay the source's, in the page's words: the date is Arabic, the version is the source's.
        assertTrue(translated.text().contains("1 يناير 2026"), translated.text());

        Document untranslated = built.page("ar/policies/access-control/index.html");
        assertEquals("en", untranslated.selectFirst(".prose").attr("lang"));
        assertEquals("ltr", untranslated.selectFirst(".prose").attr("dir"));
        assertNotNull(untranslated.selectFirst(".translation-missing"));
    }

    @Test
    void aGatedPolicysTranslationIsNeverPublishedEither() throws Exception {
        TestSite.Built built = TestSite.create(folder, site(Translation.hash(BODY), BODY)).build(DAY);
        assertTrue(built.has("ar/policies/incident-response/index.html"));
        for (var file : built.files()) {
            String text = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("SECRET-ENGLISH-PLAYBOOK") || text.contains("SECRET-ARABIC-PLAYBOOK"),
                    file.path());
        }
    }

    @Test
    void changingOneSourceParagraphMakesItsTranslationStaleInCheckAndOnThePage() throws Exception {
        String changed = BODY + "\n\nBackups are encrypted too.";
        TestSite site = TestSite.create(folder, site(Translation.hash(BODY), changed));
        SiteBuild.Result result = site.render(DAY);
        List<Diagnostic> stale = result.diagnostics().all().stream()
                .filter(d -> d.rule().equals("translation-stale")).toList();
        assertEquals(1, stale.size(), result.diagnostics().all().toString());
        assertEquals("content/policies/data-protection.ar.md", stale.get(0).source().file());
        assertTrue(stale.get(0).hint().contains(Translation.hash(changed)), stale.get(0).hint());

        Document page = site.build(DAY).page("ar/policies/data-protection/index.html");
        var note = page.selectFirst(".translation-stale");
        assertNotNull(note, "the page says the translation is of an earlier version");
        assertEquals("../../../policies/data-protection/index.html", note.selectFirst("a").attr("href"));

        // The same source, unchanged: no warning.
        SiteBuild.Result current = TestSite.create(folder.resolve("current"), site(Translation.hash(BODY), BODY))
                .render(DAY);
        assertTrue(current.diagnostics().all().stream().noneMatch(d -> d.rule().startsWith("translation-")),
                current.diagnostics().all().toString());
    }

    static final String ENTRIES = """
            -- content/faq.yaml --
            - category: Security
              question: Do you encrypt customer data?
              answer: Yes, with **AES-256**.
              translations:
                ar: {category: الأمن, question: هل تشفّرون بيانات العملاء؟, answer: "نعم، بمعيار **AES-256**."}
            - category: Security
              question: Do you run a bug bounty?
              answer: Not yet.
            -- content/subprocessors.yaml --
            subprocessors:
              - name: Cloud Co
                purpose: Hosting
                category: Infrastructure
                data: [customer content]
                locations: [DE]
                translations:
                  ar: {purpose: الاستضافة, category: البنية التحتية, data: [محتوى العملاء]}
              - {name: Mail Co, purpose: Email delivery, category: Infrastructure, locations: [US]}
            -- content/answers/data.yaml --
            - id: encryption
              question: Is customer data encrypted at rest?
              short: "yes"
              answer: With AES-256.
              last_reviewed: 2026-10-01
              translations:
                ar: {question: هل تُشفَّر بيانات العملاء أثناء التخزين؟, answer: "بمعيار AES-256."}
            - id: keys
              question: Who holds the encryption keys?
              short: "yes"
              answer: SECRET-KEY-ANSWER
              visibility: gated
              last_reviewed: 2026-10-01
              translations:
                ar: {question: من يحتفظ بمفاتيح التشفير؟, answer: SECRET-ARABIC-KEY-ANSWER}
            """;

    @Test
    void yamlEntriesAreShownFromTheirTranslationsBlockAndUntranslatedOnesAreMarked() throws Exception {
        TestSite.Built built = TestSite.create(folder, site(Translation.hash(BODY), BODY) + ENTRIES).build(DAY);
        Document faq = built.page("ar/faq/index.html");
        assertEquals("الأمن", faq.selectFirst("h2").text(), "the category's name is translated");
        assertEquals("security", faq.selectFirst("h2").id(), "its anchor stays the default language's");
        assertEquals("هل تشفّرون بيانات العملاء؟", faq.selectFirst("#q1 h3").text());
        assertEquals("AES-256", faq.selectFirst("#q1 strong").text(), "the answer is Markdown, rendered and sanitized");
        assertTrue(faq.selectFirst("#q1").attr("lang").isEmpty());
        assertEquals("en", faq.selectFirst("#q2").attr("lang"), "an untranslated entry says it is English");
        assertEquals("Do you encrypt customer data?", built.page("faq/index.html").selectFirst("#q1 h3").text());

        Document subprocessors = built.page("ar/subprocessors/index.html");
        var cloud = subprocessors.selectFirst("tr[data-subprocessor=Cloud Co]");
        assertEquals("الاستضافة", cloud.select("td").get(0).text());
        assertEquals("محتوى العملاء", cloud.select("td").get(1).text());
        assertTrue(cloud.select("td").get(0).attr("lang").isEmpty());
        var mail = subprocessors.selectFirst("tr[data-subprocessor=Mail Co]");
        assertEquals("Email delivery", mail.select("td").get(0).text());
        assertEquals("en", mail.select("td").get(0).attr("lang"));
        assertEquals("البنية التحتية", subprocessors.selectFirst("section[data-category] h2").text());
        // Facts are never translated: the machine files keep the entry as written.
        String json = built.text("subprocessors.json");
        assertTrue(json.contains("Hosting") && !json.contains("الاستضافة"), json);

        Document answers = built.page("ar/answers/data/index.html");
        assertEquals("هل تُشفَّر بيانات العملاء أثناء التخزين؟", answers.selectFirst("#answer-encryption-q").text());
        assertEquals("بمعيار AES-256.", answers.selectFirst("#answer-encryption .prose").text());
        assertEquals("من يحتفظ بمفاتيح التشفير؟", answers.selectFirst("#answer-keys-q").text(),
                "a gated answer's question is public, in every language");
        String index = built.text("ar/answers/search-index.json");
        assertTrue(index.contains("\"بيانات\"") && index.contains("\"تشفر\""),
                "searchable in Arabic, with or without vowel marks (\"تُشفَّر\" is indexed as \"تشفر\"): " + index);
        for (var file : built.files()) {
            String text = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains("SECRET-KEY-ANSWER") || text.contains("SECRET-ARABIC-KEY-ANSWER"), file.path());
        }
    }

    @Test
    void anEntryTranslationIntoALanguageTheSiteDoesNotListOrOfAFieldThatCannotBeTranslatedIsReported() {
        String files = site(Translation.hash(BODY), BODY) + ENTRIES.replace("ar: {purpose: الاستضافة",
                "fr: {purpose: Hébergement}\n      ar: {locations: [AE], purpose: الاستضافة");
        SiteBuild.Result result = TestSite.create(folder, files).render(DAY);
        var findings = result.diagnostics().all();
        assertTrue(findings.stream().anyMatch(d -> d.rule().equals("translation-language")
                && d.source().file().equals("content/subprocessors.yaml")), findings.toString());
        assertTrue(findings.stream().anyMatch(d -> d.rule().equals("unknown-key")
                && d.message().contains("\"locations\"")), findings.toString());
    }

    @Test
    void aLanguageWithoutACatalogueReadsEnglishAndCheckSaysSo() {
        String files = site(Translation.hash(BODY), BODY).replace("languages: [en, ar]", "languages: [en, sw]")
                .replace("policies/incident-response.ar.md", "policies/incident-response.sw.md")
                .replace("policies/data-protection.ar.md", "policies/data-protection.sw.md");
        SiteBuild.Result result = TestSite.create(folder, files).render(DAY);
        var untranslated = result.diagnostics().all().stream().filter(d -> d.rule().equals("language-untranslated"))
                .toList();
        assertEquals(1, untranslated.size(), result.diagnostics().all().toString());
        assertTrue(untranslated.get(0).message().contains("\"sw\""));
        assertEquals("Policies", Jsoup.parse(new String(result.files().orElseThrow().stream()
                .filter(f -> f.path().equals("sw/policies/index.html")).findFirst().orElseThrow().bytes(),
                java.nio.charset.StandardCharsets.UTF_8)).selectFirst("h1").text());
    }

    @Test
    void aTranslationIntoALanguageTheSiteDoesNotListIsReportedAndOneOfNothingIsAnError() throws Exception {
        String files = site(Translation.hash(BODY), BODY) + """
                -- content/policies/data-protection.fr.md --
                ---
                title: Protection des données
                ---
                Texte.
                -- content/policies/missing.ar.md --
                ---
                title: لا شيء
                ---
                نص.
                """;
        SiteBuild.Result result = TestSite.create(folder, files).render(DAY);
        var findings = result.diagnostics().all();
        assertEquals(List.of(dev.trustcenter.diagnostics.Severity.WARNING), findings.stream()
                .filter(d -> d.rule().equals("translation-language")).map(Diagnostic::severity).toList(),
                "a translation into a language the site does not list is not published, and check says so");
        assertEquals(List.of(dev.trustcenter.diagnostics.Severity.ERROR), findings.stream()
                .filter(d -> d.rule().equals("translation-orphan")).map(Diagnostic::severity).toList(),
                "a translation of nothing is an error");
        assertFalse(TestSite.create(folder.resolve("fr"), files.replace("""
                -- content/policies/missing.ar.md --
                ---
                title: لا شيء
                ---
                نص.
                """, "")).build(DAY).has("fr/policies/data-protection/index.html"), "French is not published");
    }
}
