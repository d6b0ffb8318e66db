package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.JavaProcess;
import dev.trustcenter.TestSite;
import dev.trustcenter.content.GrantFiles;
import dev.trustcenter.content.SiteLoader;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.rules.Derivation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §1: each template's input is one record (plus the layout's), and the two agree. Every template of the
 * built-in theme is rendered from its record, through a map that notes each variable the template reads: a variable
 * a record carries but its template never reads fails the test, and a variable a template reads that its record
 * lacks fails the render (Pebble's strict variables).
 */
class TemplateContractTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @TempDir
    Path folder;

    /** Every variable given to each template, and every one it read, over all the pages it drew. */
    static final class Reads implements TemplateAudit {
        final Map<String, Set<String>> given = new ConcurrentHashMap<>();
        final Map<String, Set<String>> read = new ConcurrentHashMap<>();

        @Override
        public Map<String, Object> wrap(String template, Map<String, Object> variables) {
            given.computeIfAbsent(template, t -> ConcurrentHashMap.newKeySet()).addAll(variables.keySet());
            Set<String> reads = read.computeIfAbsent(template, t -> ConcurrentHashMap.newKeySet());
            return new HashMap<>(variables) {
                @Override
                public Object get(Object key) {
                    reads.add(String.valueOf(key));
                    return super.get(key);
                }

                @Override
                public boolean containsKey(Object key) {
                    reads.add(String.valueOf(key));
                    return super.containsKey(key);
                }
            };
        }
    }

    /** Renders a site with the audit, as SiteBuild would. */
    static void render(Path config, Reads reads) {
        var loaded = new SiteLoader().load(config);
        var site = loaded.trustCenter().orElseThrow(() -> new AssertionError(loaded.diagnostics().all()));
        var posture = Derivation.derive(site, DAY);
        var active = site.grants().stream().filter(g -> g.state(DAY) == PublishedGrant.State.ACTIVE).toList();
        var bundles = new GrantFiles(SiteLayout.ofConfig(config)).bundles(active, new Diagnostics());
        var context = new RenderContext(posture, DAY, new Theme(Optional.empty()), new Markdown(), bundles,
                Optional.empty(), reads);
        SiteRenderer.render(context);
    }

    @Test
    void everyTemplateReadsEveryVariableOfItsRecordAndNoOther() throws Exception {
        Reads reads = new Reads();
        render(Path.of("site-config.yaml"), reads);
        // Access pages of both kinds: one that asks for the NDA in the viewer, one covered by an agreement.
        TestSite grants = TestSite.create(folder.resolve("grants"), TestSite.GATED_REPORT);
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1795348800");
        for (List<String> extra : List.of(List.<String>of(), List.of("--nda-covered-by", "MNDA 2025-03-01"))) {
            List<String> args = new java.util.ArrayList<>(List.of("grant", "--doc", "report", "--to", "jane@acme-corp.com",
                    "--name", "Jane", "--company", "Acme Corp"));
            args.addAll(extra);
            var run = JavaProcess.run(grants.root(), folder.resolve("logs"), env, args.toArray(String[]::new));
            assertEquals(0, run.exit(), run.err());
        }
        render(grants.config(), reads);

        Set<String> templates = new TreeSet<>(reads.given.keySet());
        assertTrue(templates.containsAll(List.of("home", "compliance-index", "compliance-entry", "policies-index",
                "policy", "subprocessors", "documents", "request-access", "request-thanks", "faq", "updates-index",
                "update", "404", "access", "controls", "crosswalk")), templates.toString());
        Map<String, Set<String>> unused = new TreeMap<>();
        for (String template : templates) {
            Set<String> never = new TreeSet<>(reads.given.get(template));
            never.removeAll(reads.read.get(template));
            if (!never.isEmpty()) {
                unused.put(template, never);
            }
        }
        assertEquals(Map.of(), unused, "variables given to a template that it never reads");
    }

    /** The other half of the contract is Pebble's: a template that reads a variable nobody gave it fails. */
    @Test
    void aTemplateThatReadsAVariableItsRecordLacksFails() {
        TestSite site = TestSite.create(folder.resolve("strict"), "");
        site.file("themes/default/templates/faq.peb", "{% extends \"layout\" %}{% block content %}{{ nosuch }}{% endblock %}");
        site.file("content/faq.yaml", "- {question: Q, answer: A}\n");
        var result = site.render(DAY);
        assertTrue(result.diagnostics().all().stream().anyMatch(d -> d.rule().equals("theme")
                && d.message().contains("nosuch")), result.diagnostics().all().toString());
    }

    @Test
    void aPageRecordMayNotShadowALayoutVariable() {
        record Layout(String site) {}
        record Clash(String site) implements PageModel {}
        assertThrows(IllegalStateException.class, () -> TemplateVariables.of(new Layout("a"), new Clash("b")));
    }
}
