package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Blob;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Translation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the front matter of the Markdown content: policies, updates, the overview and the NDA; and the FAQ. */
final class PageReaders {

    private static final Pattern CONTROL_REF = Pattern.compile("([a-z0-9-]+):(\\S+)");

    private PageReaders() {}

    static Optional<Policy> policy(MarkdownFile md, String slug, Diagnostics diagnostics) {
        Optional<MappingReader> front = frontMatter(md, "the policy \"" + slug + "\"", diagnostics);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = front.get();
        String title = r.requiredText("title");
        var summary = r.text("summary");
        String version = r.requiredText("version");
        String owner = r.requiredText("owner");
        var effective = r.requiredDate("effective");
        var lastReviewed = r.requiredDate("last_reviewed");
        var visibility = r.requiredChoice("visibility", Policy.Visibility.class);
        List<Policy.ControlRef> mapsTo = r.list("maps_to", node -> controlRef(node, r));
        r.finish();
        if (visibility == Policy.Visibility.SUMMARY && summary.isEmpty()) {
            r.error("missing-key", "visibility", "A policy with \"visibility: summary\" needs a \"summary\" to publish.",
                    "Add summary: with one or two sentences a prospect may read, or set visibility: gated.");
        }
        if (!ComplianceReader.SLUG.matcher(slug).matches()) {
            diagnostics.error("bad-id", md.source(), "The file name \"" + slug + ".md\" cannot be used in a web address.",
                    "Rename it with lower-case letters, digits and hyphens, for example information-security.md.");
            return Optional.empty();
        }
        if (title == null || version == null || owner == null || effective == null || lastReviewed == null
                || visibility == null) {
            return Optional.empty();
        }
        return Optional.of(new Policy(slug, title, summary, version, owner, effective, lastReviewed, visibility, mapsTo,
                md.body(), md.source(), md.bodySource()));
    }

    /**
     * One id a control, an AI system or an answer cites (evidence, policies), with where it is written.
     *
     * @param key     the list's key, for the message
     * @param meaning what the list holds, "ids of documents, policies or compliance entries"
     * @param example a list as it would be written, "[soc2-type2-2026, data-protection]"
     */
    static Optional<Control.Reference> citation(YamlNode node, MappingReader r, String key, String meaning,
                                                String example) {
        if (node instanceof YamlNode.Scalar s && !s.text().isBlank()) {
            return Optional.of(new Control.Reference(s.text().strip(), s.source()));
        }
        r.diagnostics().error("bad-value", node.source(), "\"" + key + "\" lists " + meaning + ", but "
                + node.describe() + " was found.", "For example " + example + ".");
        return Optional.empty();
    }

    static Optional<Policy.ControlRef> controlRef(YamlNode node, MappingReader r) {
        if (node instanceof YamlNode.Scalar s) {
            var m = CONTROL_REF.matcher(s.text().strip());
            if (m.matches()) {
                return Optional.of(new Policy.ControlRef(m.group(1), m.group(2), s.source()));
            }
        }
        r.diagnostics().error("bad-value", node.source(), "\"maps_to\" entries are written framework:control, but "
                + node.describe() + " was found.", "For example soc2:CC6.1 or iso27001:A.5.1.");
        return Optional.empty();
    }

    static Optional<Pages.Update> update(MarkdownFile md, String slug, Diagnostics diagnostics) {
        Optional<MappingReader> front = frontMatter(md, "the update \"" + slug + "\"", diagnostics);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = front.get();
        String title = r.requiredText("title");
        var date = r.requiredDate("date");
        var kind = r.choice("kind", Pages.UpdateKind.class).orElse(Pages.UpdateKind.GENERAL);
        var summary = r.text("summary");
        r.finish();
        if (!ComplianceReader.SLUG.matcher(slug).matches()) {
            diagnostics.error("bad-id", md.source(), "The file name \"" + slug + ".md\" cannot be used in a web address.",
                    "Rename it with lower-case letters, digits and hyphens, for example 2026-08-soc2-report.md.");
            return Optional.empty();
        }
        if (title == null || date == null) {
            return Optional.empty();
        }
        return Optional.of(new Pages.Update(slug, title, date, kind, summary, md.body(), md.source(), md.bodySource()));
    }

    static Optional<Pages.Overview> overview(MarkdownFile md, Diagnostics diagnostics) {
        return frontMatter(md, "the overview", diagnostics).map(r -> {
            String headline = r.requiredText("headline");
            var summary = r.text("summary");
            r.finish();
            return new Pages.Overview(headline == null ? "" : headline, summary, md.body(), md.bodySource());
        });
    }

    static Optional<Pages.Nda> nda(MarkdownFile md, boolean builtIn, Diagnostics diagnostics) {
        return frontMatter(md, "the NDA", diagnostics).flatMap(r -> {
            String title = r.requiredText("title");
            String version = r.requiredText("version");
            r.finish();
            if (title == null || version == null) {
                return Optional.empty();
            }
            return Optional.of(new Pages.Nda(title, version, md.body(), sha256(md.body()), builtIn, md.bodySource()));
        });
    }

    /** The front matter a translation may carry: its words and the fingerprint of its source; never a fact. */
    static Optional<Translation> translation(MarkdownFile md, Translation.Kind kind, String of, String language,
                                             Diagnostics diagnostics) {
        String what = "the " + language + " translation of " + kind.sourceFile(of);
        return frontMatter(md, what, diagnostics).map(r -> {
            Optional<String> title = kind == Translation.Kind.OVERVIEW ? r.text("headline") : r.text("title");
            Optional<String> summary = kind == Translation.Kind.NDA ? Optional.empty() : r.text("summary");
            Optional<String> translationOf = r.text("translation_of");
            r.finish();
            if (translationOf.isPresent() && !translationOf.get().matches("[0-9a-f]{64}")) {
                r.error("bad-value", "translation_of", "translation_of should be the SHA-256 of the source text, 64 "
                                + "lower-case hexadecimal digits.",
                        "Run trustcenter check: its translation warning names the value to copy.");
                translationOf = Optional.empty();
            }
            return new Translation(kind, of, language, title, summary, md.body(), translationOf, md.source(),
                    md.bodySource());
        });
    }

    static List<Pages.FaqItem> faq(YamlNode root, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "faq.yaml should be a list of questions, each starting with \"- question:\".",
                    "See the example content/faq.yaml.");
            return List.of();
        }
        List<Pages.FaqItem> items = new ArrayList<>();
        for (YamlNode node : sequence.items()) {
            MappingReader.of(node, "an FAQ entry", diagnostics).ifPresent(r -> {
                r.allow("translations");   // read by EntryTranslationsReader
                String category = r.text("category").orElse("General");
                String question = r.requiredText("question");
                String answer = r.requiredText("answer");
                r.finish();
                if (question != null && answer != null) {
                    items.add(new Pages.FaqItem(category, question, answer, r.source()));
                }
            });
        }
        return List.copyOf(items);
    }

    private static Optional<MappingReader> frontMatter(MarkdownFile md, String what, Diagnostics diagnostics) {
        if (md.frontMatter().isEmpty()) {
            diagnostics.error("no-front-matter", md.source(), capitalize(what) + " has empty front matter.",
                    "Add the keys between the two \"---\" lines, starting with title:.");
            return Optional.empty();
        }
        return MappingReader.of(md.frontMatter().get(), what, diagnostics);
    }

    /** The SHA-256 of a text as UTF-8 with LF line endings, so a checkout on Windows hashes the same. */
    static String sha256(String text) {
        return Blob.of(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)).sha256Hex();
    }

    private static String capitalize(String text) {
        return MappingReader.capitalize(text);
    }

}
