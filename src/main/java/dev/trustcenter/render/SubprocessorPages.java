package dev.trustcenter.render;

import dev.trustcenter.model.Country;
import dev.trustcenter.model.Subprocessors;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** subprocessors/index.html: the list grouped by category, and the change log with notice and objection dates. */
final class SubprocessorPages implements PageSet {

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
        return List.of(context.page("subprocessors/index.html", Section.SUBPROCESSORS, "subprocessors", "Subprocessors",
                "The " + current.size() + " subprocessors " + context.config().company().name()
                        + " uses, where they process data, and upcoming changes.",
                Map.of("groups", groups,
                        "upcomingSubprocessors", SubprocessorViews.upcoming(context.posture()),
                        "count", current.size(),
                        "countries", countries + (countries == 1 ? " country" : " countries"),
                        "aiProviders", ai == 0 ? "" : ai + (ai == 1 ? " is an AI model provider" : " are AI model providers"),
                        "noticePeriodDays", list.noticePeriodDays(),
                        "upcoming", changes.stream().filter(SubprocessorViews.ChangeView::upcoming).toList(),
                        "past", changes.stream().filter(c -> !c.upcoming()).toList(),
                        "categories", groups.stream().map(g -> g.category())
                                .filter(Objects::nonNull).toList())));
    }
}
