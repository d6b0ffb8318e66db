package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.AnswerViews;
import dev.trustcenter.render.view.AnswerViews.DomainGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * answers/index.html, every question of the answer library grouped by domain with its short answer;
 * answers/DOMAIN/index.html, the answers of one domain in full; and answers/search-index.json, the words of every
 * question that the index page's script looks a query up in. Without JavaScript the index is the plain grouped list.
 */
public final class AnswerPages implements PageSet {

    static final String INDEX = "answers/search-index.json";

    /** Compact, for the transfer: the index is read by a script, not by people. */
    static final RecordJson.Style SEARCH_INDEX = new RecordJson.Style(RecordJson.Naming.SNAKE_CASE,
            RecordJson.Inclusion.ALWAYS, false);

    /**
     * answers.peb.
     *
     * @param count "42 answers, 6 of them under NDA"
     */
    public record Library(List<DomainGroup> groups, String count) implements PageModel {}

    /** answers-domain.peb: every answer of one domain in full, with links to the other domains. */
    public record Domain(DomainGroup group, List<DomainLink> domains) implements PageModel {}

    public record DomainLink(String name, String href, boolean current) {}

    /** The words of each answer, and the stop words the page's script drops from a query, as the build did. */
    record SearchIndex(int version, List<String> stopWords, List<AnswerViews.IndexEntry> answers) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.ANSWERS)) {
            return List.of();
        }
        String path = "answers/index.html";
        var groups = context.answerViews().groups(RenderContext.root(path));
        long total = groups.stream().mapToLong(g -> g.answers().size()).sum();
        long gated = groups.stream().flatMap(g -> g.answers().stream()).filter(AnswerViews.AnswerView::gated).count();
        Messages m = context.messages();
        String count = gated == 0 ? m.text("answers.count", total) : m.text("answers.count.gated", total, gated);
        List<OutputFile> files = new ArrayList<>();
        files.add(context.page(PageSpec.at(path, "answers").in(Section.ANSWERS).titled(m.text("answers.title"))
                .described(m.text("answers.description", context.config().company().name())),
                new Library(groups, count)));
        // Every domain page is two folders deep, so one set of views serves them all.
        List<DomainGroup> deep = context.answerViews().groups("../../");
        for (DomainGroup full : deep) {
            DomainGroup group = full;
            String domainPath = "answers/" + group.id() + "/index.html";
            List<DomainLink> links = groups.stream().map(g -> new DomainLink(g.name(), "../" + g.id() + "/index.html",
                    g.id().equals(group.id()))).toList();
            files.add(context.page(PageSpec.at(domainPath, "answers-domain").in(Section.ANSWERS)
                    .titled(m.text("answers.domain.title", group.name()))
                    .described(m.text("answers.domain.description", context.config().company().name(), group.name())),
                    new Domain(full, links)));
        }
        byte[] index = context.json(new SearchIndex(1, AnswerViews.STOP_WORDS,
                context.answerViews().searchIndex()), SEARCH_INDEX).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        files.add(new OutputFile(context.prefix() + INDEX, index));
        return files;
    }

}
