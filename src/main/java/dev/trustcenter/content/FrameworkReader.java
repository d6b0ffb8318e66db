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

/** Reads framework declarations: the built-in catalogue resource, and a site's own `frameworks:`. */
public final class FrameworkReader {

    private static final String CATALOGUE = "/frameworks.yaml";

    private FrameworkReader() {}

    /** The catalogue that ships in the jar. A broken resource is a bug in trustcenter, not in content. */
    public static FrameworkCatalogue builtIn(YamlTree yaml) {
        String text;
        try (InputStream in = FrameworkReader.class.getResourceAsStream(CATALOGUE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        YamlTree.Result result = yaml.parse(text, "frameworks.yaml", 0);
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
        r.finish();
        if (id == null || name == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Framework(id, name, shortName, kind, issuer, profile, validity, retired, controls, names));
    }
}
