package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.ControlCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads content/controls.yaml: a list of controls. What a control must state depends on how far it is in place:
 * a test date when it operates, a target when it is planned, a reason when it does not apply.
 */
final class ControlsReader {

    private ControlsReader() {}

    static List<Control> read(YamlNode root, List<ControlCategory> categories, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "controls.yaml should be a list of controls, each starting "
                    + "with \"- id:\".", "See the example content/controls.yaml.");
            return List.of();
        }
        List<Control> controls = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.item(item, "a control", diagnostics, r -> control(r, categories)).ifPresent(controls::add);
        }
        return List.copyOf(controls);
    }

    private static Optional<Control> control(MappingReader item, List<ControlCategory> categories) {
        item.allow("translations");   // read by EntryTranslationsReader
        String id = ComplianceReader.slug(item, "id");
        MappingReader r = id == null ? item : item.named("the control \"" + id + "\"");
        String title = r.requiredText("title");
        String category = r.requiredText("category");
        if (category != null && categories.stream().noneMatch(c -> c.id().equals(category))) {
            List<String> known = categories.stream().map(ControlCategory::id).toList();
            r.error("unknown-category", "category", "\"" + category + "\" is not a control category.",
                    Suggestions.closest(category, known).map(c -> "Did you mean \"" + c + "\"? ").orElse("")
                            + "Use one of " + String.join(", ", known)
                            + ", or declare it under controls.categories in site-config.yaml.");
        }
        String description = r.text("description").orElse("");
        Control.Implementation status = r.requiredChoice("status", Control.Implementation.class);
        Optional<String> owner = r.text("owner");
        Optional<LocalDate> lastTested = r.date("last_tested");
        List<Control.Reference> evidence = r.list("evidence", node -> PageReaders.citation(node, r, "evidence",
                "ids of documents, policies or compliance entries", "[soc2-type2-2026, data-protection]"));
        var mapsTo = r.list("maps_to", node -> PageReaders.controlRef(node, r));
        Optional<LocalDate> target = r.date("target");
        Optional<String> reason = r.text("reason");
        r.finish();
        if (status != null) {
            requiredFor(r, status, lastTested.isPresent() || r.has("last_tested"));
            if (status == Control.Implementation.PLANNED && target.isEmpty() && !r.has("target") && !r.misspelt("target")) {
                r.diagnostics().error("control-target-missing", r.source(), "The control \"" + id + "\" is planned but "
                        + "has no \"target\": a plan without a date is not a commitment a buyer can hold you to.",
                        "Add target: with the date it is due, for example 2027-03-31.");
            }
            if (status == Control.Implementation.NOT_APPLICABLE && reason.isEmpty() && !r.misspelt("reason")) {
                r.diagnostics().error("control-reason-missing", r.source(), "The control \"" + id + "\" is marked "
                        + "not_applicable but gives no \"reason\".", "Add reason: with why it does not apply, for "
                        + "example \"No offices of our own; staff work remotely\".");
            }
        }
        if (id == null || title == null || category == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new Control(id, title, category, description, status, owner, lastTested, evidence, mapsTo,
                target, reason, r.source()));
    }

    /** An implemented or partial control says when it was last shown to work. */
    private static void requiredFor(MappingReader r, Control.Implementation status, boolean tested) {
        if (status.operating() && !tested && !r.misspelt("last_tested")) {
            r.diagnostics().error("control-untested", r.source(), MappingReader.capitalize(r.what()) + " is "
                    + status.id() + " but has no \"last_tested\": the claim needs the date it was last shown to work.",
                    "Add last_tested: with the date of the last test or review of the control, for example 2026-10-14.");
        }
    }
}
