package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.SubprocessorViews;

import dev.trustcenter.model.Country;
import dev.trustcenter.model.Subprocessors;
import java.util.List;

/** subprocessors/index.html: the list grouped by category, and the change log with notice and objection dates. */
public final class SubprocessorPages implements PageSet {

    /**
     * subprocessors.peb: the subprocessors in use by category, those starting soon, the counts in words, the
     * notice period, and the changes upcoming and past.
     */
    public record Vars(List<SubprocessorViews.Group> groups, List<SubprocessorViews.SubprocessorView> upcomingSubprocessors,
                       int count, String countries, String aiProviders, int noticePeriodDays,
                       List<SubprocessorViews.ChangeView> upcoming, List<SubprocessorViews.ChangeView> past)
            implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.SUBPROCESSORS)) {
            return List.of();
        }
        // In a session, made again only when the list, the AI systems that use its providers or a translation changed.
        return context.memo(SubprocessorPages.class, new Inputs(context.site().subprocessors(),
                context.posture().aiSystems(), context.site().translations()), () -> page(context));
    }

    /** What the subprocessor pages and files are made from, besides the layout (language, dates, configuration). */
    public record Inputs(Subprocessors subprocessors, java.util.List<?> aiSystems, Object translations) {}

    private static List<OutputFile> page(RenderContext context) {
        Subprocessors list = context.site().subprocessors();
        Messages m = context.messages();
        var changes = context.posture().changes().stream().map(c -> SubprocessorViews.change(c, m)).toList();
        var current = context.posture().currentSubprocessors();
        long countries = current.stream().flatMap(s -> s.subprocessor().locations().stream()).map(Country::code)
                .distinct().count();
        long ai = current.stream().filter(s -> s.subprocessor().aiModelProvider()).count();
        var groups = SubprocessorViews.groups(context.posture(), m);
        return List.of(context.page(PageSpec.at("subprocessors/index.html", "subprocessors").in(Section.SUBPROCESSORS)
                .titled(m.text("nav.subprocessors"))
                .described(m.text("subprocessors.description", current.size(), context.config().company().name())),
                new Vars(groups, SubprocessorViews.upcoming(context.posture(), m), current.size(),
                        m.text("subprocessors.countries", countries),
                        ai == 0 ? "" : m.text("subprocessors.aiProviders", ai),
                        list.noticePeriodDays(),
                        changes.stream().filter(SubprocessorViews.ChangeView::upcoming).toList(),
                        changes.stream().filter(c -> !c.upcoming()).toList())));
    }
}
