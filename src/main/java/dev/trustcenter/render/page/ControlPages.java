package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Policy;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.render.view.ControlViews.CategoryGroup;
import dev.trustcenter.render.view.StatusView;
import dev.trustcenter.rules.Crosswalk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * controls/index.html (every control by category), controls/FRAMEWORK/index.html (the controls that map to one
 * framework: the filter that works without JavaScript) and controls/crosswalk/index.html.
 */
public final class ControlPages implements PageSet {

    static final String CROSSWALK = "crosswalk";

    /**
     * controls.peb: controls grouped by category, all of them or one framework's.
     *
     * @param framework the framework this page is filtered to, or null for all
     * @param filters   a link per framework, and one for all
     * @param summary   how many controls are in each state, in words
     */
    public record Index(String framework, List<FilterLink> filters, List<CategoryGroup> groups, String summary)
            implements PageModel {}

    public record FilterLink(String id, String label, String href, boolean current, int count) {}

    /** crosswalk.peb: a table per framework, a row per requirement. */
    public record CrosswalkPage(List<ColumnView> columns) implements PageModel {}

    /**
     * @param counts "45 implemented, 3 planned only, 13 not addressed"
     * @param others the short names of the other frameworks, the heads of the "via shared controls" columns
     */
    public record ColumnView(String id, String name, String counts, List<String> others, List<RowView> rows) {}

    /**
     * One requirement.
     *
     * @param related  per other framework, the requirements the same controls address
     * @param controls the controls that address it, by id, linked
     */
    public record RowView(String anchor, String id, String name, StatusView coverage, List<String> related,
                          List<ControlLink> controls, String exclusion) {}

    public record ControlLink(String id, String title, String href) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.CONTROLS)) {
            return List.of();
        }
        ControlViews views = context.controlViews();
        List<OutputFile> files = new ArrayList<>();
        List<String> frameworks = frameworks(context);
        String company = context.config().company().name();
        Messages m = context.messages();
        files.add(index(context, views, frameworks, null, "controls/index.html", m.text("nav.controls"),
                m.text("controls.description", company)));
        for (String id : frameworks) {
            Framework framework = context.site().frameworks().get(id);
            files.add(index(context, views, frameworks, framework, "controls/" + id + "/index.html",
                    m.text("controls.framework.title", framework.shortName()),
                    m.text("controls.framework.description", company, framework.name())));
        }
        if (!context.posture().crosswalk().columns().isEmpty()) {
            String path = "controls/" + CROSSWALK + "/index.html";
            files.add(context.page(PageSpec.at(path, "crosswalk").in(Section.CONTROLS)
                    .titled(m.text("crosswalk.title"))
                    .described(m.text("crosswalk.description", company, m.list(context.posture().crosswalk().columns()
                            .stream().map(c -> c.framework().shortName()).toList()))),
                    crosswalk(context, RenderContext.root(path))));
        }
        return files;
    }

    /** The frameworks any control maps to, in id order: each gets its own filtered page. */
    static List<String> frameworks(RenderContext context) {
        return Crosswalk.mappedFrameworks(context.site().controls(), context.site().frameworks()).stream()
                .filter(id -> !id.equals(CROSSWALK)).toList();
    }

    private static OutputFile index(RenderContext context, ControlViews views, List<String> frameworks,
                                    Framework framework, String path, String title, String description) {
        String root = RenderContext.root(path);
        List<FilterLink> filters = new ArrayList<>();
        List<Control> controls = context.site().controls();
        Messages m = context.messages();
        filters.add(new FilterLink("", m.text("controls.allFrameworks"), root + "controls/index.html", framework == null,
                controls.size()));
        for (String id : frameworks) {
            Framework f = context.site().frameworks().get(id);
            int count = (int) controls.stream().filter(c -> mapsTo(c, id)).count();
            filters.add(new FilterLink(id, f.shortName(), root + "controls/" + id + "/index.html",
                    framework != null && framework.id().equals(id), count));
        }
        List<CategoryGroup> groups = views.groups(c -> framework == null || mapsTo(c, framework.id()), root);
        List<Control> shown = controls.stream().filter(c -> framework == null || mapsTo(c, framework.id())).toList();
        return context.page(PageSpec.at(path, "controls").in(Section.CONTROLS).titled(title).described(description),
                new Index(framework == null ? null : framework.shortName(), filters, groups,
                        ControlViews.counts(shown, m)));
    }

    static boolean mapsTo(Control control, String framework) {
        return control.mapsTo().stream().anyMatch(r -> r.framework().equals(framework));
    }

    private static CrosswalkPage crosswalk(RenderContext context, String root) {
        Crosswalk crosswalk = context.posture().crosswalk();
        Messages m = context.messages();
        List<ColumnView> columns = new ArrayList<>();
        for (Crosswalk.Column column : crosswalk.columns()) {
            List<Crosswalk.Column> others = crosswalk.columns().stream().filter(c -> c != column).toList();
            List<RowView> rows = new ArrayList<>();
            for (Crosswalk.Requirement r : column.requirements()) {
                List<String> related = new ArrayList<>();
                for (Crosswalk.Column other : others) {
                    related.add(String.join(" ", addressedBySame(r.controls(), other.framework())));
                }
                rows.add(new RowView(ControlViews.anchor(column.framework().id(), r.id()), r.id(), r.name().orElse(null),
                        ControlViews.coverage(r.coverage(), m), related,
                        r.controls().stream().map(c -> link(c, "../index.html")).toList(),
                        r.exclusion().map(e -> e.reason()).orElse(null)));
            }
            columns.add(new ColumnView(column.framework().id(), column.framework().shortName(), counts(column, m),
                    others.stream().map(o -> o.framework().shortName()).toList(), rows));
        }
        return new CrosswalkPage(columns);
    }

    /** A link to a control on the controls page, whose address from the linking page is {@code controlsPage}. */
    public static ControlLink link(Control control, String controlsPage) {
        return new ControlLink(control.id(), control.title(), controlsPage + "#" + control.id());
    }

    /** The rows of a Statement of Applicability: every Annex A control, applicable or excluded, and its controls. */
    public static List<RowView> statementRows(Crosswalk.Column column, String root, Messages m) {
        return column.requirements().stream().map(r -> new RowView(
                "soa-" + r.id(), r.id(), r.name().orElse(null), ControlViews.coverage(r.coverage(), m), List.of(),
                r.controls().stream().map(c -> link(c, root + "controls/index.html")).toList(),
                r.exclusion().map(e -> e.reason()).orElse(null)))
                .toList();
    }

    /** The requirements of another framework that the same controls address, in catalogue order. */
    static List<String> addressedBySame(List<Control> controls, Framework framework) {
        Set<String> ids = new HashSet<>();
        for (Control c : controls) {
            for (Policy.ControlRef ref : c.mapsTo()) {
                if (ref.framework().equals(framework.id())) {
                    ids.add(ref.control());
                }
            }
        }
        return framework.controls().stream().filter(ids::contains).toList();
    }

    /** "45 of 61 addressed by implemented controls, 3 only by planned ones, 13 by none". */
    static String counts(Crosswalk.Column column, Messages m) {
        Map<Crosswalk.Coverage, Long> counts = new LinkedHashMap<>(column.counts());
        int total = column.requirements().size();
        List<String> parts = new ArrayList<>();
        parts.add(m.text("crosswalk.count.implemented", counts.get(Crosswalk.Coverage.IMPLEMENTED), total));
        for (Crosswalk.Coverage c : List.of(Crosswalk.Coverage.PARTIAL, Crosswalk.Coverage.PLANNED,
                Crosswalk.Coverage.EXCLUDED)) {
            if (counts.get(c) > 0) {
                parts.add(m.text("crosswalk.count." + c.name(), counts.get(c)));
            }
        }
        parts.add(m.text("crosswalk.count.none", counts.get(Crosswalk.Coverage.NONE)));
        return String.join(m.text("list.separator"), parts);
    }
}
