package dev.trustcenter.render.page;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.EntryView;

import java.util.ArrayList;
import java.util.List;

/** compliance/index.html and compliance/ID/index.html: every entry, with every fact. */
public final class CompliancePages implements PageSet {

    /** compliance-index.peb: a card per entry. */
    public record Index(List<EntryView> entries) implements PageModel {}

    /** compliance-entry.peb: one entry with every fact. */
    public record Entry(EntryView entry) implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "compliance/index.html";
        List<EntryView> entries = context.posture().entries().stream()
                .map(e -> context.entryViews().view(e, RenderContext.root(indexPath)))
                .toList();
        files.add(context.page(PageSpec.at(indexPath, "compliance-index").in(Section.COMPLIANCE).titled("Compliance")
                .described("Certifications, attestation reports and regulatory postures of "
                        + context.config().company().name() + ", with their status as of the build date."),
                new Index(entries)));
        for (var status : context.posture().entries()) {
            String path = "compliance/" + status.entry().id() + "/index.html";
            EntryView entry = context.entryViews().view(status, RenderContext.root(path));
            files.add(context.page(PageSpec.at(path, "compliance-entry").in(Section.COMPLIANCE).titled(entry.name())
                    .described(entry.name() + ": " + entry.statusNote() + "."), new Entry(entry)));
        }
        return files;
    }
}
