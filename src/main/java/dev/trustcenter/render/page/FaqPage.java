package dev.trustcenter.render.page;

import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.EntryText;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.SubprocessorViews;

import dev.trustcenter.model.Pages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** faq/index.html: questions grouped by category, in the order the file gives them. */
public final class FaqPage implements PageSet {

    /** @param lang the item's language when it is not the page's (not translated yet), else null */
    public record Item(String question, String answerHtml, String anchor, String lang, String dir) {}

    public record Group(String category, String anchor, List<Item> items) {}

    /** faq.peb: the questions by category. */
    public record Vars(List<Group> groups) implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.FAQ)) {
            return List.of();
        }
        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        // A category keeps its anchor from the default language; its name is the first translation given for it.
        Map<String, String> names = new LinkedHashMap<>();
        int n = 0;
        for (Pages.FaqItem item : context.site().faq()) {
            EntryText text = context.entry(EntryTranslation.Target.FAQ, item.question().strip());
            names.merge(item.category(), text.text("category", item.category()),
                    (first, next) -> first.equals(item.category()) ? next : first);
            byCategory.computeIfAbsent(item.category(), k -> new ArrayList<>())
                    .add(new Item(text.text("question", item.question()),
                            context.markdown().toHtml(text.text("answer", item.answer())), "q" + (++n), text.lang(),
                            text.dir()));
        }
        // Public answers marked faq: true, under their domain, with their anchor in the answer library.
        for (var status : context.posture().answers()) {
            if (Section.onFaq(status.answer())) {
                var a = status.answer();
                EntryText text = context.entry(EntryTranslation.Target.ANSWER, a.id());
                byCategory.computeIfAbsent(SubprocessorViews.heading(a.domain()), k -> new ArrayList<>())
                        .add(new Item(text.text("question", a.question()),
                                context.markdown().toHtml(text.text("answer", a.answer())), "answer-" + a.id(),
                                text.lang(), text.dir()));
            }
        }
        List<Group> groups = byCategory.entrySet().stream()
                .map(e -> new Group(names.getOrDefault(e.getKey(), e.getKey()), SubprocessorViews.key(e.getKey()),
                        List.copyOf(e.getValue())))
                .toList();
        return List.of(context.page(PageSpec.at("faq/index.html", "faq").in(Section.FAQ)
                .titled(context.messages().text("faq.title"))
                .described(context.messages().text("faq.description", context.config().company().name())),
                new Vars(groups)));
    }
}
