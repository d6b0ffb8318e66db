package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.FrameworkCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Set;
import java.time.LocalDate;
import dev.trustcenter.model.ComplianceEntry.AiRole;
import dev.trustcenter.model.Obligation;

/** Reads framework declarations: the built-in catalogue resource, and a site's own `frameworks:`. */
public final class FrameworkReader {

    private static final String CATALOGUE = "/frameworks.yaml";
    static final String CATALOGUE_DATA = "/frameworks.json";

    private FrameworkReader() {}

    /**
     * The catalogue that ships in the jar, read once per process: it is part of the jar, immutable, and the same for
     * every site, so `serve` and the daemon do not parse it again on every build.
     */
    public static FrameworkCatalogue builtIn() {
        return BuiltIn.CATALOGUE;
    }

    private static final class BuiltIn {
        static final FrameworkCatalogue CATALOGUE = read(new YamlTree());
    }

    /**
     * The catalogue that ships in the jar: {@code frameworks.json}, the data {@link CatalogueData} made of
     * {@code frameworks.yaml} when the jar was built, or the YAML itself when run from sources without that step. A
     * broken resource is a bug in trustcenter, not in content.
     */
    static FrameworkCatalogue read(YamlTree yaml) {
        Optional<String> data = resource(CATALOGUE_DATA);
        return read(data.isPresent() ? yaml.parseJson(data.get(), "frameworks.json")
                : yaml.parse(resource(CATALOGUE).orElseThrow(), "frameworks.yaml", 0));
    }

    /** The catalogue read from its YAML, whatever data was built from it; for tests that hold the two equal. */
    static FrameworkCatalogue fromYaml() {
        YamlTree yaml = new YamlTree();
        return read(yaml.parse(resource(CATALOGUE).orElseThrow(), "frameworks.yaml", 0));
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = FrameworkReader.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FrameworkCatalogue read(YamlTree.Result result) {
        Diagnostics diagnostics = new Diagnostics();
        List<Framework> frameworks = result.root().map(root -> readAll(root, diagnostics)).orElse(List.of());
        if (result.error().isPresent() || diagnostics.hasErrors()) {
            throw new IllegalStateException("the built-in framework catalogue is invalid: "
                    + result.error().map(Object::toString).orElse(diagnostics.all().toString()));
        }
        return new FrameworkCatalogue(frameworks);
    }

    public static List<Framework> readAll(YamlNode node, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", node.source(), "The frameworks should be a list, one \"- id: …\" per framework.",
                    null);
            return List.of();
        }
        List<Framework> frameworks = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.of(item, "a framework", diagnostics).flatMap(FrameworkReader::read).ifPresent(frameworks::add);
        }
        return frameworks;
    }

    private static Optional<Framework> read(MappingReader r) {
        String id = r.requiredText("id");
        String name = r.requiredText("name");
        String shortName = r.text("short_name").orElse(name);
        Framework.Kind kind = r.requiredChoice("kind", Framework.Kind.class);
        String issuer = r.text("issuer").orElse("");
        Framework.Profile profile = r.choice("profile", Framework.Profile.class).orElse(Framework.Profile.POSTURE);
        Integer validity = r.integer("max_validity_years", 1, 10).orElse(null);
        List<Framework.RetiredEdition> retired = r.list("retired_editions", node ->
                MappingReader.of(node, "a retired edition", r.diagnostics()).flatMap(e -> {
                    String edition = e.requiredText("edition");
                    var until = e.requiredDate("valid_until");
                    Map<String, List<String>> renumbered = new LinkedHashMap<>();
                    e.node("renumbered").ifPresent(numbers -> {
                        if (numbers instanceof YamlNode.Mapping mapping) {
                            mapping.fields().forEach((old, field) -> renumbered.put(old,
                                    field.value() instanceof YamlNode.Sequence seq
                                            ? seq.items().stream().filter(i -> i instanceof YamlNode.Scalar)
                                            .map(i -> ((YamlNode.Scalar) i).text()).toList()
                                            : List.of()));
                        }
                    });
                    e.finish();
                    return edition == null || until == null ? Optional.empty()
                            : Optional.of(new Framework.RetiredEdition(edition, until,
                                    Collections.unmodifiableMap(renumbered)));
                }));
        List<String> controls = r.texts("controls");
        Map<String, String> names = new LinkedHashMap<>();
        r.node("control_names").ifPresent(node -> {
            if (node instanceof YamlNode.Mapping mapping) {
                mapping.fields().forEach((control, field) -> {
                    if (field.value() instanceof YamlNode.Scalar scalar && controls.contains(control)) {
                        names.put(control, scalar.text());
                    } else {
                        r.diagnostics().error("unknown-control", field.value().source(), "\"" + control
                                + "\" is given a name under control_names, but it is not in the framework's controls list.",
                                "Add it to controls:, or correct the id.");
                    }
                });
            } else {
                r.diagnostics().error("wrong-type", node.source(), "control_names should map control ids to titles.",
                        "Write it as control_names: {A.5.1: \"Policies for information security\"}.");
            }
        });
        List<Obligation> obligations = r.list("obligations", node -> MappingReader.item(node, "an obligation",
                r.diagnostics(), o -> obligation(o, controls)));
        if (!obligations.isEmpty() && profile != Framework.Profile.AI_ACT) {
            r.error("wrong-type", "obligations", "Only a framework of profile ai_act has dated obligations.",
                    "Remove obligations:, or set profile: ai_act.");
        }
        r.finish();
        if (id == null || name == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Framework(id, name, shortName, kind, issuer, profile, validity, retired, controls, names,
                obligations));
    }

    /** One dated duty: {id, kind, title, articles, role_articles, applies_from, roles, annex}. */
    private static Optional<Obligation> obligation(MappingReader o, List<String> controls) {
        String id = o.requiredText("id");
        Obligation.Kind kind = o.requiredChoice("kind", Obligation.Kind.class);
        String title = o.requiredText("title");
        List<String> articles = o.texts("articles");
        Map<AiRole, List<String>> roleArticles = new EnumMap<>(AiRole.class);
        o.mapping("role_articles", "role_articles").ifPresent(m -> {
            for (AiRole role : AiRole.values()) {
                List<String> own = m.texts(role.name().toLowerCase(Locale.ROOT));
                if (!own.isEmpty()) {
                    roleArticles.put(role, own);
                }
            }
            m.finish();
        });
        LocalDate from = o.requiredDate("applies_from");
        List<AiRole> roles = o.choices("roles", AiRole.class);
        Optional<String> annex = o.text("annex");
        o.finish();
        roleArticles.values().stream().flatMap(List::stream).forEach(a -> articleKnown(o, a, controls));
        articles.forEach(a -> articleKnown(o, a, controls));
        if (kind == Obligation.Kind.HIGH_RISK && annex.filter(a -> a.equals("I") || a.equals("III")).isEmpty()) {
            o.error("wrong-type", "annex", "A high-risk obligation names the Annex whose systems it binds.",
                    "Write annex: \"I\" or annex: \"III\".");
        }
        return id == null || kind == null || title == null || from == null ? Optional.empty()
                : Optional.of(new Obligation(id, kind, title, articles, roleArticles, from, Set.copyOf(roles), annex));
    }

    private static void articleKnown(MappingReader o, String article, List<String> controls) {
        if (!controls.contains(article)) {
            o.error("unknown-control", "articles", "\"" + article + "\" is not in the framework's controls list.",
                    "Write an article as the controls list does, for example Art.50.");
        }
    }
}
