package dev.trustcenter.render.file;

import dev.trustcenter.model.Control;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.rules.ControlStatus;
import dev.trustcenter.rules.Crosswalk;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Posture;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * controls.json and controls.csv: every control with its status as of the build, its evidence and its mappings,
 * and the crosswalk. trust.json carries the same records under "controls" and "crosswalk".
 */
public final class ControlData implements PageSet {

    static final String[] HEADER = {"id", "title", "category", "status", "status_label", "owner", "last_tested",
        "test_overdue", "target", "reason", "evidence", "maps_to", "url"};

    /** A control in trust.json and controls.json. */
    record ControlJson(String id, String title, String category, String categoryName, String status,
                       String statusLabel, String description, String owner, String lastTested, String testDue,
                       boolean testOverdue, String target, String reason, List<EvidenceJson> evidence,
                       List<MappingJson> mapsTo, String url) {}

    /** A cited item; {@code status} and {@code lapsed} only for a compliance entry. */
    record EvidenceJson(String kind, String id, String url, String status, Boolean lapsed) {}

    record MappingJson(String framework, String id, String name) {}

    record CrosswalkJson(String note, List<ColumnJson> frameworks) {}

    record ColumnJson(String id, String name, Counts counts, List<RequirementJson> requirements) {}

    record Counts(long implemented, long partial, long planned, long excluded, long none) {}

    record RequirementJson(String id, String name, String coverage, List<String> controls, String exclusionReason) {}

    record ControlsFile(int schemaVersion, String asOf, List<ControlJson> controls, CrosswalkJson crosswalk) {}

    static final String CROSSWALK_NOTE = "A self-assessment: the company's own mapping of its controls to these "
            + "requirements, not an auditor's statement.";

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.CONTROLS)) {
            return List.of();
        }
        String base = context.config().site().baseUrl().toString();
        List<ControlJson> controls = controls(context.posture(), context.controlViews(), base);
        ControlsFile file = new ControlsFile(TrustJson.SCHEMA_VERSION, context.posture().asOf().toString(), controls,
                crosswalk(context.posture()));
        return List.of(
                new OutputFile("controls.json", (context.json(file, RecordJson.DATA) + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new OutputFile("controls.csv", SubprocessorData.csvBytes(csv(controls))));
    }

    static List<ControlJson> controls(Posture posture, ControlViews views, String base) {
        return posture.controls().stream().map(s -> control(s, posture, views, base)).toList();
    }

    private static ControlJson control(ControlStatus status, Posture posture, ControlViews views, String base) {
        Control c = status.control();
        var word = ControlViews.status(status, views.messages());
        return new ControlJson(c.id(), c.title(), c.category(), views.categoryName(c.category()),
                c.implementation().id(), word.label(), c.description().isBlank() ? null : c.description().strip(),
                c.owner().orElse(null), c.lastTested().map(TrustJson::iso).orElse(null),
                status.testDue().filter(d -> c.implementation().operating()).map(TrustJson::iso).orElse(null),
                status.testOverdue(), c.target().map(TrustJson::iso).orElse(null), c.reason().orElse(null),
                status.evidence().stream().map(e -> evidence(e, posture, base)).toList(),
                c.mapsTo().stream().map(ref -> mapping(ref, posture)).toList(),
                base + "controls/#" + c.id());
    }

    private static EvidenceJson evidence(Evidence e, Posture posture, String base) {
        if (e.kind() == Evidence.Kind.ENTRY) {
            var entry = posture.entry(e.id()).orElseThrow();
            return new EvidenceJson("compliance", e.id(), base + "compliance/" + e.id() + "/", entry.status().id(),
                    entry.lapsed());
        }
        return new EvidenceJson(e.kind().folder(), e.id(), url(e, posture.content(), base), null, null);
    }

    /** Where a buyer finds a cited item; a gated document's address asks for it on the request form. */
    public static String url(Evidence e, TrustCenter site, String base) {
        return switch (e.kind()) {
            case DOCUMENT -> site.documents().stream().filter(d -> d.id().equals(e.id())).findFirst()
                    .map(d -> d.gated() ? base + "request-access/?doc=" + d.id() : base + "documents/" + d.file())
                    .orElseThrow();
            case POLICY -> base + "policies/" + e.id() + "/";
            case ENTRY -> base + "compliance/" + e.id() + "/";
            case CONTROL -> base + "controls/#" + e.id();
        };
    }

    private static MappingJson mapping(Policy.ControlRef ref, Posture posture) {
        var name = posture.content().frameworks().find(ref.framework()).flatMap(f -> f.controlName(ref.control()));
        return new MappingJson(ref.framework(), ref.control(), name.orElse(null));
    }

    static CrosswalkJson crosswalk(Posture posture) {
        return new CrosswalkJson(CROSSWALK_NOTE, posture.crosswalk().columns().stream().map(column -> {
            Framework f = column.framework();
            return new ColumnJson(f.id(), f.shortName(), new Counts(column.count(Crosswalk.Coverage.IMPLEMENTED),
                    column.count(Crosswalk.Coverage.PARTIAL), column.count(Crosswalk.Coverage.PLANNED),
                    column.count(Crosswalk.Coverage.EXCLUDED), column.count(Crosswalk.Coverage.NONE)),
                    column.requirements().stream().map(r -> new RequirementJson(r.id(), r.name().orElse(null),
                            r.coverage().id(), r.controls().stream().map(Control::id).toList(),
                            r.exclusion().map(x -> x.reason()).orElse(null))).toList());
        }).toList());
    }

    /** One row per control; lists within a cell are joined with "; ". The same CSV safety as subprocessors.csv. */
    static String csv(List<ControlJson> controls) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (ControlJson c : controls) {
                printer.printRecord(Stream.of(c.id(), c.title(), c.categoryName(), c.status(), c.statusLabel(),
                        c.owner(), c.lastTested(), c.testOverdue(), c.target(), c.reason(),
                        c.evidence().stream().map(e -> e.kind() + "/" + e.id()).collect(Collectors.joining("; ")),
                        c.mapsTo().stream().map(m -> m.framework() + ":" + m.id()).collect(Collectors.joining("; ")),
                        c.url()).map(SubprocessorData::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
