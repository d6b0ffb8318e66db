package dev.trustcenter.render.page;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.render.view.EntryView;
import dev.trustcenter.render.view.Fact;
import dev.trustcenter.render.view.SubprocessorViews;
import dev.trustcenter.render.view.Timeline;

import dev.trustcenter.model.Country;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.rules.Status;
import java.util.ArrayList;
import java.util.List;

/** index.html: the overview, a status card for every compliance entry, and the key facts. */
public final class HomePage implements PageSet {

    private static final int RECENT_UPDATES = 3;

    @Override
    public List<OutputFile> render(RenderContext context) {
        String path = "index.html";
        String root = RenderContext.root(path);
        var site = context.site();
        List<EntryView> cards = context.posture().entries().stream()
                .map(e -> context.entryViews().view(e, root))
                .toList();
        var upcoming = context.posture().changes().stream()
                .filter(c -> c.upcoming())
                .map(SubprocessorViews::change)
                .toList();
        var updates = site.updates().stream().limit(RECENT_UPDATES)
                .map(u -> UpdatePages.view(u, context.markdown(), root))
                .toList();
        String description = site.overview().summary().orElse(site.config().company().name()
                + " security, privacy and compliance: certifications, reports, policies and subprocessors.");
        Vars vars = new Vars(new Overview(site.overview().headline(), site.overview().summary().orElse(null),
                context.markdown().toHtml(site.overview().body())), cards, keyFacts(context, root), upcoming, updates,
                Timeline.of(context.posture()).orElse(null), context.has(Section.SUBPROCESSORS),
                controls(context, root), context.posture().crosswalk().columns().isEmpty() ? null
                        : root + "controls/crosswalk/index.html");
        return List.of(context.page(PageSpec.at(path, "home").in(Section.OVERVIEW).titled(site.config().site().title())
                .described(description), vars));
    }

    /**
     * home.peb: the overview, a card per entry, the key facts, upcoming subprocessor changes, recent updates and the
     * validity timeline (null when nothing is dated).
     *
     * @param subprocessorFiles whether subprocessors.csv and .json exist, to link them
     * @param controls          a line per category of controls, empty without controls.yaml
     * @param crosswalkHref     the crosswalk page, or null when there is none
     */
    public record Vars(Overview overview, List<EntryView> cards, List<Fact> facts,
                       List<SubprocessorViews.ChangeView> upcoming, List<UpdatePages.UpdateView> updates,
                       Timeline.View timeline, boolean subprocessorFiles, List<ControlSummary> controls,
                       String crosswalkHref) implements PageModel {}

    /** One category of controls on the home page: how many are in each state, linked to the category. */
    public record ControlSummary(String name, String counts, String href) {}

    static List<ControlSummary> controls(RenderContext context, String root) {
        if (!context.has(Section.CONTROLS)) {
            return List.of();
        }
        return context.controlViews().groups(c -> true, root).stream()
                .map(g -> new ControlSummary(g.name(), g.counts(), root + "controls/index.html#category-" + g.id()))
                .toList();
    }

    public record Overview(String headline, String summary, String html) {}

    /** The numbers a reviewer looks for first, each linking to where it is explained. */
    private static List<Fact> keyFacts(RenderContext context, String root) {
        var site = context.site();
        List<Fact> facts = new ArrayList<>();
        var statuses = context.posture().entries().stream().map(e -> e.status()).toList();
        long claimed = statuses.stream().filter(Status::claimed).count();
        long inGoodStanding = statuses.stream().filter(Status::inGoodStanding).count();
        if (claimed > 0) {
            facts.add(Fact.link("Frameworks in good standing", inGoodStanding + " of " + claimed + " held",
                    root + "compliance/index.html"));
        }
        long inProgress = statuses.stream().filter(s -> s == Status.IN_PROGRESS).count();
        long planned = statuses.stream().filter(s -> s == Status.PLANNED).count();
        if (inProgress + planned > 0) {
            List<String> parts = new ArrayList<>();
            if (inProgress > 0) {
                parts.add(inProgress + " in progress");
            }
            if (planned > 0) {
                parts.add(planned + " planned");
            }
            facts.add(Fact.link("Working towards", String.join(", ", parts), root + "compliance/index.html"));
        }
        if (context.has(Section.SUBPROCESSORS)) {
            Subprocessors list = site.subprocessors();
            var current = context.posture().currentSubprocessors();
            long countries = current.stream().flatMap(s -> s.subprocessor().locations().stream()).map(Country::code)
                    .distinct().count();
            facts.add(Fact.link("Subprocessors", current.size() + " in " + countries
                    + (countries == 1 ? " country" : " countries") + ", " + list.noticePeriodDays()
                    + " days' notice of changes", root + "subprocessors/index.html"));
        }
        if (context.has(Section.POLICIES)) {
            long current = context.posture().policies().stream().filter(p -> !p.overdue()).count();
            facts.add(Fact.link("Policies", context.posture().policies().size() + " published, " + current
                    + " reviewed within " + site.config().thresholds().policyReviewMonths() + " months",
                    root + "policies/index.html"));
        }
        if (context.has(Section.CONTROLS)) {
            facts.add(Fact.link("Controls", ControlViews.counts(site.controls()), root + "controls/index.html"));
        }
        if (context.has(Section.AI)) {
            String summary = context.aiViews().summary();
            facts.add(Fact.link("AI", summary == null ? "Every AI system we have run is retired." : summary,
                    root + "ai/index.html"));
        }
        facts.add(Fact.link("Security contact", site.config().contacts().security(),
                "mailto:" + site.config().contacts().security()));
        return facts;
    }
}
