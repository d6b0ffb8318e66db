package dev.trustcenter.render.page;

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
        List<DocumentView> documents = context.site().documents().stream().map(d -> DocumentView.of(d, root)).toList();
        List<OutputFile> files = new ArrayList<>();
        files.add(context.page(PageSpec.at(path, "documents").in(Section.DOCUMENTS).titled("Documents")
                .described("Security and compliance documents of " + context.config().company().name()
                        + ": public downloads, and reports available under NDA, each with its SHA-256."),
                new Vars(documents.stream().filter(d -> !d.gated()).toList(),
                        documents.stream().filter(DocumentView::gated).toList())));
        for (Document document : context.site().documents()) {
            document.content().ifPresent(blob -> files.add(new OutputFile("documents/" + document.file(), blob.bytes())));
        }
        return files;
    }
}
