package dev.trustcenter.render.page;

import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.DocumentView;

import dev.trustcenter.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * documents/index.html and a copy of every public document, from the bytes load read and hashed. Gated documents
 * are listed with their SHA-256 only: the model never carries their bytes.
 */
public final class DocumentPages implements PageSet {

    /** documents.peb: public downloads, and the documents available on request. */
    public record Vars(List<DocumentView> downloads, List<DocumentView> onRequest) implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.DOCUMENTS)) {
            return List.of();
        }
        String path = "documents/index.html";
        String root = RenderContext.root(path);
        Messages m = context.messages();
        List<DocumentView> documents = context.site().documents().stream()
                .map(d -> DocumentView.of(d, root, context.up(), m,
                        context.entry(EntryTranslation.Target.DOCUMENT, d.id()))).toList();
        List<OutputFile> files = new ArrayList<>();
        files.add(context.page(PageSpec.at(path, "documents").in(Section.DOCUMENTS).titled(m.text("nav.documents"))
                .described(m.text("documents.description", context.config().company().name())),
                new Vars(documents.stream().filter(d -> !d.gated()).toList(),
                        documents.stream().filter(DocumentView::gated).toList())));
        // The files themselves are shared by every language, written once at the site's root.
        for (Document document : context.prefix().isEmpty() ? context.site().documents() : List.<Document>of()) {
            document.content().ifPresent(blob -> files.add(new OutputFile("documents/" + document.file(), blob.bytes())));
        }
        return files;
    }
}
