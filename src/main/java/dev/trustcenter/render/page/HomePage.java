package dev.trustcenter.render.page;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Localized;
import dev.trustcenter.render.TranslationNote;
import dev.trustcenter.model.Translation;
import dev.trustcenter.render.i18n.Messages;
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
        Messages m = context.messages();
        var upcoming = context.posture().changes().stream()
                .filter(c -> c.upcoming())
                .map(c -> SubprocessorViews.change(c, m))
                .toList();
        var updates = site.updates().stream().limit(RECENT_UPDATES)
                .map(u -> UpdatePages.view(u, context, root))
                .toList();
        Localized text = context.localized(Translation.Kind.OVERVIEW, "overview", site.overview().headline(),
                site.overview().summary(), site.overview().body(), "index.html", root);
        Overview overview = new Overview(text.title(), text.summary().orElse(null),
                context.markdown().toHtml(text.body()), text.lang(), text.dir(), text.note());
        String description = overview.summary() != null ? overview.summary()
                : m.text("home.description", site.config().company().name());
        Vars vars = new Vars(overview, cards, keyFacts(context, root), upcoming, updates,
                Timeline.of(context.posture(), m).orElse(null), context.has(Section.SUBPROCESSORS),
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
        return context.controlViews().categoryCounts().stream()
                .map(g -> new ControlSummary(g.name(), g.counts(), root + "controls/index.html#category-" + g.id()))
                .toList();
    }

    /**
     * The overview in the page's language.
     *
     * @param lang        the language of the text when it is not the page's (not translated yet), else null
     * @param translation what the reader must know about the text's language: that it is the default language's
     *                    (no translation yet), or an earlier version's translation; null for a current translation or
     *                    the default language
     */
    public record Overview(String headline, String summary, String html, String lang, String dir,
                           TranslationNote translation) {}

    /** The numbers a reviewer looks for first, each linking to where it is explained. */
    private static List<Fact> keyFacts(RenderContext context, String root) {
        var site = context.site();
        Messages m = context.messages();
        List<Fact> facts = new ArrayList<>();
        var statuses = context.posture().entries().stream().map(e -> e.status()).toList();
        long claimed = statuses.stream().filter(Status::claimed).count();
        long inGoodStanding = statuses.stream().filter(Status::inGoodStanding).count();
        if (claimed > 0) {
            facts.add(Fact.link(m.text("home.fact.goodStanding"), m.text("home.fact.goodStanding.text", inGoodStanding,
                    claimed),
                    root + "compliance/index.html"));
        }
        long inProgress = statuses.stream().filter(s -> s == Status.IN_PROGRESS).count();
        long planned = statuses.stream().filter(s -> s == Status.PLANNED).count();
        if (inProgress + planned > 0) {
            List<String> parts = new ArrayList<>();
            if (inProgress > 0) {
                parts.add(m.text("home.fact.inProgress", inProgress));
            }
            if (planned > 0) {
                parts.add(m.text("home.fact.planned", planned));
            }
            facts.add(Fact.link(m.text("home.fact.workingTowards"), String.join(m.text("list.separator"), parts),
                    root + "compliance/index.html"));
        }
        if (context.has(Section.SUBPROCESSORS)) {
            Subprocessors list = site.subprocessors();
            var current = context.posture().currentSubprocessors();
            long countries = current.stream().flatMap(s -> s.subprocessor().locations().stream()).map(Country::code)
                    .distinct().count();
            facts.add(Fact.link(m.text("nav.subprocessors"), m.text("home.fact.subprocessors", current.size(), countries,
                    list.noticePeriodDays()), root + "subprocessors/index.html"));
        }
        if (context.has(Section.POLICIES)) {
            long current = context.posture().policies().stream().filter(p -> !p.overdue()).count();
            facts.add(Fact.link(m.text("nav.policies"), m.text("home.fact.policies",
                    context.posture().policies().size(), current, site.config().thresholds().policyReviewMonths()),
                    root + "policies/index.html"));
        }
        if (context.has(Section.CONTROLS)) {
            facts.add(Fact.link(m.text("nav.controls"), ControlViews.counts(site.controls(), m),
                    root + "controls/index.html"));
        }
        if (context.has(Section.AI)) {
            String summary = context.aiViews().summary();
            facts.add(Fact.link(m.text("nav.ai"), summary == null ? m.text("home.fact.aiRetired") : summary,
                    root + "ai/index.html"));
        }
        facts.add(Fact.link(m.text("home.fact.security"), site.config().contacts().security(),
                "mailto:" + site.config().contacts().security()));
        return facts;
    }
}
