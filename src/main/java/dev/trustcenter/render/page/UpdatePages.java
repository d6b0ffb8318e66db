package dev.trustcenter.render.page;

import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.DateView;

import dev.trustcenter.model.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** updates/index.html and updates/SLUG/index.html, newest first. */
public final class UpdatePages implements PageSet {

    public record UpdateView(String slug, String title, DateView date, String kind, String kindLabel, String summary,
                             String bodyHtml, String href) {}

    /** updates-index.peb: every update, newest first. */
    public record Index(List<UpdateView> updates) implements PageModel {}

    /** update.peb: one update. */
    public record One(UpdateView update) implements PageModel {}

    static UpdateView view(Pages.Update update, Markdown markdown, String root) {
        String kind = update.kind().name().toLowerCase(Locale.ROOT);
        return new UpdateView(update.slug(), update.title(), DateView.of(update.date()), kind,
                Character.toUpperCase(kind.charAt(0)) + kind.substring(1), update.summary().orElse(null),
                markdown.toHtml(update.body()), root + "updates/" + update.slug() + "/index.html");
    }

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.UPDATES)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "updates/index.html";
        files.add(context.page(PageSpec.at(indexPath, "updates-index").in(Section.UPDATES).titled("Updates")
                .described("Announcements from " + context.config().company().name()
                        + " about certifications, subprocessors, policies and incidents."),
                new Index(context.site().updates().stream()
                        .map(u -> view(u, context.markdown(), RenderContext.root(indexPath))).toList())));
        for (Pages.Update update : context.site().updates()) {
            String path = "updates/" + update.slug() + "/index.html";
            UpdateView view = view(update, context.markdown(), RenderContext.root(path));
            files.add(context.page(PageSpec.at(path, "update").in(Section.UPDATES).titled(view.title())
                    .described(view.summary() != null ? view.summary() : view.title()), new One(view)));
        }
        return files;
    }
}
