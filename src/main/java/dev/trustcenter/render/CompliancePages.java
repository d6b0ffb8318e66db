package dev.trustcenter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** compliance/index.html and compliance/ID/index.html: every entry, with every fact. */
final class CompliancePages implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "compliance/index.html";
        List<EntryView> entries = context.posture().entries().stream()
                .map(e -> context.entryViews().view(e, RenderContext.root(indexPath)))
                .toList();
        files.add(context.page(indexPath, Section.COMPLIANCE, "compliance-index", "Compliance",
                "Certifications, attestation reports and regulatory postures of " + context.config().company().name()
                        + ", with their status as of the build date.",
                Map.of("entries", entries)));
        for (var status : context.posture().entries()) {
            String path = "compliance/" + status.entry().id() + "/index.html";
            EntryView entry = context.entryViews().view(status, RenderContext.root(path));
            files.add(context.page(path, Section.COMPLIANCE, "compliance-entry", entry.name(),
                    entry.name() + ": " + entry.statusNote() + ".", Map.of("entry", entry)));
        }
        return files;
    }
}
