package dev.trustcenter.render.page;

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
        Subprocessors list = context.site().subprocessors();
        var changes = context.posture().changes().stream().map(SubprocessorViews::change).toList();
        var current = context.posture().currentSubprocessors();
        long countries = current.stream().flatMap(s -> s.subprocessor().locations().stream()).map(Country::code)
                .distinct().count();
        long ai = current.stream().filter(s -> s.subprocessor().aiModelProvider()).count();
        var groups = SubprocessorViews.groups(context.posture());
        return List.of(context.page(PageSpec.at("subprocessors/index.html", "subprocessors").in(Section.SUBPROCESSORS)
                .titled("Subprocessors").described("The " + current.size() + " subprocessors "
                        + context.config().company().name() + " uses, where they process data, and upcoming changes."),
                new Vars(groups, SubprocessorViews.upcoming(context.posture()), current.size(),
                        countries + (countries == 1 ? " country" : " countries"),
                        ai == 0 ? "" : ai + (ai == 1 ? " is an AI model provider" : " are AI model providers"),
                        list.noticePeriodDays(),
                        changes.stream().filter(SubprocessorViews.ChangeView::upcoming).toList(),
                        changes.stream().filter(c -> !c.upcoming()).toList())));
    }
}
