package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.Subprocessors.Change;
import dev.trustcenter.model.Subprocessors.Subprocessor;
import dev.trustcenter.model.TransferMechanism;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads subprocessors.yaml (SPEC §2.3). */
final class SubprocessorsReader {

    private SubprocessorsReader() {}

    static Subprocessors read(YamlNode root, Diagnostics diagnostics) {
        Optional<MappingReader> top = MappingReader.of(root, "subprocessors.yaml", diagnostics);
        if (top.isEmpty()) {
            return Subprocessors.none();
        }
        MappingReader r = top.get();
        int notice = r.integer("notice_period_days", 0, 365).orElse(Subprocessors.DEFAULT_NOTICE_PERIOD_DAYS);
        List<Subprocessor> subprocessors = r.list("subprocessors", node ->
                MappingReader.item(node, "a subprocessor", diagnostics, SubprocessorsReader::subprocessor));
        List<Change> changes = r.list("changes", node ->
                MappingReader.item(node, "a subprocessor change", diagnostics, SubprocessorsReader::change));
        r.finish();
        return new Subprocessors(notice, subprocessors, changes);
    }

    private static Optional<Subprocessor> subprocessor(MappingReader r) {
        r.allow("translations");   // read by EntryTranslationsReader
        String name = r.requiredText("name");
        MappingReader s = name == null ? r : r.named("the subprocessor \"" + name + "\"");
        String purpose = s.requiredText("purpose");
        var category = s.text("category");
        var data = s.texts("data");
        var locations = s.countries("locations");
        if (!s.has("locations")) {
            s.error("missing-key", "locations", "The subprocessor \"" + name + "\" has no \"locations\", which is required.",
                    "Add locations: with the countries where it processes data, for example [US, DE].");
        }
        var corporate = s.country("corporate_location");
        var mechanism = s.choice("transfer_mechanism", TransferMechanism.class);
        var website = s.url("website");
        var dpa = s.url("dpa");
        var since = s.date("since");
        var until = s.date("until");
        boolean ai = s.bool("ai_model_provider", false);
        s.finish();
        if (name == null || purpose == null) {
            return Optional.empty();
        }
        if (since.isPresent() && until.isPresent() && !until.get().isAfter(since.get())) {
            s.error("bad-period", "until", "\"" + name + "\" stops on " + until.get() + ", not after it started on "
                    + since.get() + ".", "\"until\" is the day it stops processing data; it comes after \"since\".");
        }
        return Optional.of(new Subprocessor(name, purpose, category, data, locations, corporate, mechanism, website, dpa,
                since, until, ai, r.source()));
    }

    private static Optional<Change> change(MappingReader r) {
        LocalDate date = r.requiredDate("date");
        var announced = r.date("announced");
        var action = r.requiredChoice("action", Subprocessors.Action.class);
        String name = r.requiredText("name");
        var note = r.text("note");
        r.finish();
        if (date == null || action == null || name == null) {
            return Optional.empty();
        }
        if (announced.isPresent() && announced.get().isAfter(date)) {
            r.error("bad-period", "announced", "The change was announced on " + announced.get()
                    + ", after it took effect on " + date + ".", "Check the two dates: notice comes before the change.");
        }
        return Optional.of(new Change(date, announced, action, name, note, r.source()));
    }
}
