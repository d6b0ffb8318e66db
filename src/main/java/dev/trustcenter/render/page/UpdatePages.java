package dev.trustcenter.render.page;

import dev.trustcenter.model.Translation;
import dev.trustcenter.render.TranslationNote;
import dev.trustcenter.render.Localized;
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

    /**
     * @param lang        the language of the text when it is not the page's (not translated yet); else null
     * @param translation what the reader must be told about the text's language, or null
     */
    public record UpdateView(String slug, String title, DateView date, String kind, String kindLabel, String summary,
                             String bodyHtml, String href, String lang, String dir, TranslationNote translation) {}

    /** updates-index.peb: every update, newest first. */
    public record Index(List<UpdateView> updates) implements PageModel {}

    /** update.peb: one update. */
    public record One(UpdateView update) implements PageModel {}

    static UpdateView view(Pages.Update update, RenderContext context, String root) {
        String kind = update.kind().name().toLowerCase(Locale.ROOT);
        String page = "updates/" + update.slug() + "/index.html";
        Localized text = context.localized(Translation.Kind.UPDATE, update.slug(), update.title(), update.summary(),
                update.body(), page, root);
        return new UpdateView(update.slug(), text.title(), context.messages().dateView(update.date()), kind,
                context.messages().label(update.kind()), text.summary().orElse(null),
                context.markdown().toHtml(text.body()), root + page, text.lang(), text.dir(), text.note());
    }

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.UPDATES)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "updates/index.html";
        files.add(context.page(PageSpec.at(indexPath, "updates-index").in(Section.UPDATES)
                .titled(context.messages().text("nav.updates"))
                .described(context.messages().text("updates.description", context.config().company().name())),
                new Index(context.site().updates().stream()
                        .map(u -> view(u, context, RenderContext.root(indexPath))).toList())));
        for (Pages.Update update : context.site().updates()) {
            String path = "updates/" + update.slug() + "/index.html";
            UpdateView view = view(update, context, RenderContext.root(path));
            files.add(context.page(PageSpec.at(path, "update").in(Section.UPDATES).titled(view.title())
                    .described(view.summary() != null ? view.summary() : view.title()), new One(view)));
        }
        return files;
    }
}
