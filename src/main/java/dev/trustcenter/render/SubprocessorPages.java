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
        long countries = list.subprocessors().stream().flatMap(s -> s.locations().stream()).map(Country::code)
                .distinct().count();
        long ai = list.subprocessors().stream().filter(Subprocessors.Subprocessor::aiModelProvider).count();
        return List.of(context.page("subprocessors/index.html", Section.SUBPROCESSORS, "subprocessors", "Subprocessors",
                "The " + list.subprocessors().size() + " subprocessors " + context.config().company().name()
                        + " uses, where they process data, and upcoming changes.",
                Map.of("groups", SubprocessorViews.groups(list),
                        "count", list.subprocessors().size(),
                        "countries", countries + (countries == 1 ? " country" : " countries"),
                        "aiProviders", ai == 0 ? "" : ai + (ai == 1 ? " is an AI model provider" : " are AI model providers"),
                        "noticePeriodDays", list.noticePeriodDays(),
                        "upcoming", changes.stream().filter(SubprocessorViews.ChangeView::upcoming).toList(),
                        "past", changes.stream().filter(c -> !c.upcoming()).toList(),
                        "categories", SubprocessorViews.groups(list).stream().map(g -> g.category())
                                .filter(Objects::nonNull).toList())));
    }
}
