package dev.trustcenter.render.view;

import dev.trustcenter.model.Control;
import dev.trustcenter.model.ControlCategory;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.EntryText;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.ControlStatus;
import dev.trustcenter.rules.Crosswalk;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Posture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Controls as pages show them: status in words, tone and icon; evidence linked to what it cites, with that item's
 * own status; each framework requirement by its id and title. A planned control reads as planned everywhere.
 */
public final class ControlViews {

    private final Posture posture;
    private final Markdown markdown;
    private final Map<String, Document> documents;
    private final Map<String, Policy> policies;
    private final Map<String, EntryStatus> entries;
    private final Map<String, ControlCategory> categories;
    private final Messages m;
    /** From a language's root to the site's, where documents are: "" or "../". */
    private final String up;
    /** The views made so far, by the root of the pages that show them and by status (each status is one object). */
    private final Map<String, Map<ControlStatus, ControlView>> viewsByRoot = new ConcurrentHashMap<>();
    /** Descriptions' HTML by their Markdown. */
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();

    public ControlViews(Posture posture, Markdown markdown, Messages messages, String up) {
        this.posture = posture;
        this.m = messages;
        this.up = up;
        this.markdown = markdown;
        TrustCenter site = posture.content();
        this.documents = site.documents().stream().collect(Collectors.toMap(Document::id, d -> d, (a, b) -> a));
        this.policies = site.policies().stream().collect(Collectors.toMap(Policy::slug, p -> p, (a, b) -> a));
        this.entries = posture.entries().stream().collect(Collectors.toMap(e -> e.entry().id(), e -> e, (a, b) -> a));
        this.categories = new LinkedHashMap<>();
        site.config().controlCategories().forEach(c -> categories.put(c.id(), c));
    }

    /**
     * One control.
     *
     * @param testedAgo  "Last tested 14 months ago", when the last test is overdue; else null
     * @param frameworks the ids of the frameworks it maps to, space-separated, for the filter script
     */
    public record ControlView(String id, String title, String category, String descriptionHtml, StatusView status,
                              String owner, DateView lastTested, String testedAgo, DateView target, String reason,
                              List<EvidenceLink> evidence, List<MappingGroup> mappings, String frameworks,
                              String href, String lang, String dir) {}

    /**
     * A cited item: its title and link, and a short tag with its own status when it has one.
     *
     * @param tag  "Current" for a compliance entry, "Stale: evidence lapsed" for one that no longer holds,
     *             "Available under NDA" for a confidential item; or null
     * @param tone the tag's tone, which the theme shows as colour beside the words
     */
    public record EvidenceLink(String label, String href, String tag, String tone) {}

    /** The requirements of one framework a control addresses, each as "A.8.24 Use of cryptography". */
    public record MappingGroup(String framework, List<String> labels) {}

    /** A framework requirement: "A.8.24 Use of cryptography", linked to its row of the crosswalk when it has one. */
    public record MappingView(String framework, String frameworkName, String id, String label, String href) {}

    /** The controls of one category, with how many are in each state. */
    public record CategoryGroup(String id, String name, List<ControlView> controls, String counts) {}

    /**
     * A control as pages at {@code root} show it. Made once per control and root: the controls page, the per-framework
     * pages (which share a root) and the home page ask for the same views, and a page that keeps a card by its view
     * (the keep tag) then finds the same card.
     */
    public ControlView view(ControlStatus status, String root) {
        Map<ControlStatus, ControlView> views = viewsByRoot.computeIfAbsent(root,
                r -> Collections.synchronizedMap(new IdentityHashMap<>()));
        return views.computeIfAbsent(status, s -> make(s, root));
    }

    private ControlView make(ControlStatus status, String root) {
        Control c = status.control();
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        for (Policy.ControlRef ref : c.mapsTo()) {
            Framework framework = posture.content().frameworks().find(ref.framework()).orElse(null);
            byFramework.computeIfAbsent(framework == null ? ref.framework() : framework.shortName(), k -> new ArrayList<>())
                    .add(framework == null ? ref.control() : framework.controlLabel(ref.control()));
        }
        List<MappingGroup> mappings = byFramework.entrySet().stream()
                .map(e -> new MappingGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
        String frameworks = c.mapsTo().stream().map(Policy.ControlRef::framework).distinct().sorted()
                .collect(Collectors.joining(" "));
        String testedAgo = status.testOverdue()
                ? m.text("controls.lastTestedAgo", status.monthsSinceTest().orElseThrow()) : null;
        EntryText text = EntryText.of(posture.content(), m.language(), EntryTranslation.Target.CONTROL, c.id());
        return new ControlView(c.id(), text.text("title", c.title()), categoryName(c.category()),
                c.description().isBlank() ? null : descriptionHtml(text.text("description", c.description())),
                status(status, m),
                c.owner().orElse(null), c.lastTested().map(m::dateView).orElse(null), testedAgo,
                c.target().map(m::dateView).orElse(null), c.reason().map(r -> text.text("reason", r)).orElse(null),
                evidence(status, root), mappings, frameworks, root + "controls/index.html#" + c.id(), text.lang(),
                text.dir());
    }

    /** A description's HTML, the same at every root: rendered once, however many pages show the control. */
    private String descriptionHtml(String description) {
        return descriptions.computeIfAbsent(description, markdown::toHtml);
    }

    /** The controls that pass {@code filter}, grouped by category in the site's category order. */
    public List<CategoryGroup> groups(Predicate<Control> filter, String root) {
        List<CategoryGroup> groups = new ArrayList<>();
        byCategory(filter).forEach((id, list) -> groups.add(new CategoryGroup(id, categoryName(id),
                list.stream().map(s -> view(s, root)).toList(), counts(list))));
        return groups;
    }

    /** A category of controls as the home page sums it up: its id, its name and how many are in each state. */
    public record CategoryCounts(String id, String name, String counts) {}

    /** Every category that has controls, in the site's category order, counted without making the controls' views. */
    public List<CategoryCounts> categoryCounts() {
        List<CategoryCounts> counts = new ArrayList<>();
        byCategory(c -> true).forEach((id, list) -> counts.add(new CategoryCounts(id, categoryName(id), counts(list))));
        return counts;
    }

    /** The statuses of the controls that pass {@code filter} by category, in the site's order; no empty category. */
    private Map<String, List<ControlStatus>> byCategory(Predicate<Control> filter) {
        Map<String, List<ControlStatus>> byCategory = new LinkedHashMap<>();
        categories.keySet().forEach(id -> byCategory.put(id, new ArrayList<>()));
        posture.controls().stream().filter(s -> filter.test(s.control()))
                .forEach(s -> byCategory.computeIfAbsent(s.control().category(), k -> new ArrayList<>()).add(s));
        byCategory.values().removeIf(List::isEmpty);
        return byCategory;
    }

    private String counts(List<ControlStatus> statuses) {
        return counts(statuses.stream().map(ControlStatus::control).toList(), m);
    }

    /** "4 implemented, 1 planned": how many controls are in each state, in the order of the states. */
    public static String counts(List<Control> controls, Messages m) {
        Map<Control.Implementation, Long> counts = new EnumMap<>(Control.Implementation.class);
        controls.forEach(c -> counts.merge(c.implementation(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> m.text("controls.count." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(m.text("list.separator")));
    }

    /** A category's name: a built-in category's from the catalogue, in the page's language; a site's as written. */
    public String categoryName(String id) {
        ControlCategory category = categories.get(id);
        if (category == null) {
            return id;
        }
        return ControlCategory.BUILT_IN.contains(category) ? m.text("category." + id) : category.name();
    }

    /** The status a control shows: never "implemented" unless it is, and a planned control with its due date. */
    public static StatusView status(ControlStatus status, Messages m) {
        Control c = status.control();
        return switch (c.implementation()) {
            case IMPLEMENTED -> status.testOverdue()
                    ? StatusView.of("implemented", m.text("controls.status.testOverdue"), Tone.WARN)
                    : StatusView.of("implemented", m.text("controls.status.implemented"), Tone.GOOD);
            case PARTIAL -> StatusView.of("partial", m.text("controls.status.partial"), Tone.WARN);
            case PLANNED -> status.targetPassed()
                    ? StatusView.of("planned", m.text("controls.status.targetPassed"), Tone.WARN)
                    : StatusView.of("planned", c.target().map(t -> m.text("controls.status.plannedFor", t))
                            .orElse(m.text("controls.status.planned")), Tone.INFO);
            case NOT_APPLICABLE -> StatusView.of("not_applicable", m.text("controls.status.notApplicable"),
                    Tone.NEUTRAL);
        };
    }

    /** How a requirement of the crosswalk is addressed, in words, tone and icon. */
    public static StatusView coverage(Crosswalk.Coverage coverage, Messages m) {
        String label = m.text("coverage." + coverage.name());
        return switch (coverage) {
            case IMPLEMENTED -> StatusView.of("implemented", label, Tone.GOOD);
            case PARTIAL -> StatusView.of("partial", label, Tone.WARN);
            case PLANNED -> StatusView.of("planned", label, Tone.INFO);
            case EXCLUDED -> StatusView.of("excluded", label, Tone.NEUTRAL);
            case NONE -> StatusView.of("none", label, Tone.BAD);
        };
    }

    public MappingView mapping(Policy.ControlRef ref, String root) {
        Framework framework = posture.content().frameworks().find(ref.framework()).orElse(null);
        String name = framework == null ? ref.framework() : framework.shortName();
        String label = framework == null ? ref.control() : framework.controlLabel(ref.control());
        boolean inCrosswalk = posture.crosswalk().column(ref.framework())
                .flatMap(c -> c.requirement(ref.control())).isPresent();
        return new MappingView(ref.framework(), name, ref.control(), label,
                inCrosswalk ? root + "controls/crosswalk/index.html#" + anchor(ref.framework(), ref.control()) : null);
    }

    /** The id of a requirement's row in the crosswalk: "iso27001-A.8.24". */
    public static String anchor(String framework, String requirement) {
        return framework + "-" + requirement;
    }

    private List<EvidenceLink> evidence(ControlStatus status, String root) {
        List<EvidenceLink> links = new ArrayList<>();
        for (Evidence e : status.evidence()) {
            links.add(link(e, root));
        }
        return links;
    }

    /** A link to a cited document, policy, entry or control, as any page that cites evidence shows it. */
    public EvidenceLink link(Evidence e, String root) {
        return switch (e.kind()) {
            case DOCUMENT -> {
                Document d = documents.get(e.id());
                yield d.gated()
                        ? new EvidenceLink(d.title(), root + "request-access/index.html?doc=" + d.id(), underNda(), "info")
                        : new EvidenceLink(d.title(), root + up + "documents/" + d.file(), null, null);
            }
            case POLICY -> {
                Policy p = policies.get(e.id());
                yield new EvidenceLink(p.title(), root + "policies/" + p.slug() + "/index.html",
                        p.visibility() == Policy.Visibility.PUBLIC ? null : underNda(), "info");
            }
            case ENTRY -> {
                EntryStatus entry = entries.get(e.id());
                StatusView status = StatusView.of(entry, m);
                // An entry in good standing needs no tag; any other status is said, a lapsed one as lapsed evidence.
                String tag = entry.lapsed() ? m.text("controls.evidenceLapsed", status.label())
                        : entry.status().inGoodStanding() ? null : status.label();
                yield new EvidenceLink(entry.entry().framework().shortName(),
                        root + "compliance/" + entry.entry().id() + "/index.html", tag, status.tone());
            }
            case CONTROL -> {
                ControlStatus control = posture.controls().stream().filter(c -> c.control().id().equals(e.id()))
                        .findFirst().orElseThrow();
                StatusView status = status(control, m);
                yield new EvidenceLink(control.control().title(), root + "controls/index.html#" + e.id(),
                        status.label(), status.tone());
            }
        };
    }

    /** The language these views are worded in. */
    public Messages messages() {
        return m;
    }

    String underNda() {
        return m.text("underNda");
    }
}
