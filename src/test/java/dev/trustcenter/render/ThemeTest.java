package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

    @TempDir
    Path folder;

    @Test
    void assetsTxtNamesEveryAssetOfTheDefaultTheme() throws IOException {
        Path assets = Path.of("themes/default/assets");
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(assets)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> assets.relativize(p).toString()).sorted().toList();
        }
        assertEquals(onDisk, new Theme(Optional.empty()).assetNames());
    }

    @Test
    void aSiteThemeOverridesOneTemplateAndOneAssetAndInheritsTheRest() {
        TestSite site = TestSite.create(folder, """
                -- site-config.yaml --
                site:
                  title: Acme Trust Center
                  base_url: https://trust.acme.example.com/
                  theme: acme
                company:
                  name: Acme
                contacts:
                  security: security@acme.example.com
                -- themes/acme/templates/404.peb --
                {% extends "layout" %}{% block content %}<h1>Lost at Acme</h1>{% endblock %}
                -- themes/acme/assets/trustcenter.css --
                body { color: teal; }
                -- themes/acme/assets/extra.js --
                // added by the site theme
                """);
        TestSite.Built built = site.build(LocalDate.parse("2026-11-22"));
        assertEquals("Lost at Acme", built.page("404.html").selectFirst("h1").text());
        assertTrue(built.page("404.html").selectFirst("nav") != null, "the layout still comes from the default theme");
        assertEquals("body { color: teal; }\n", built.text("assets/trustcenter.css"));
        assertTrue(built.has("assets/extra.js"));
        assertTrue(built.text("assets/favicon.svg").startsWith("<svg"));
        assertTrue(built.page("index.html").selectFirst(".cards") != null, "other templates come from the default theme");
    }

    /** Templates stay readable: long lines are wrapped with {#- wrap -#}, which leaves the output unchanged. */
    @Test
    void noTemplateLineIsLongerThan200Characters() throws java.io.IOException {
        try (var templates = java.nio.file.Files.list(java.nio.file.Path.of("themes/default/templates"))) {
            for (var template : templates.toList()) {
                var lines = java.nio.file.Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    org.junit.jupiter.api.Assertions.assertTrue(lines.get(i).length() <= 200,
                            template.getFileName() + ":" + (i + 1) + " has " + lines.get(i).length() + " characters");
                }
            }
        }
    }
}
