package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.EntryView;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.rules.Crosswalk;

import java.util.ArrayList;
import java.util.List;

/** compliance/index.html and compliance/ID/index.html: every entry, with every fact. */
public final class CompliancePages implements PageSet {

    /** compliance-index.peb: a card per entry. */
    public record Index(List<EntryView> entries) implements PageModel {}

    /**
     * compliance-entry.peb: one entry with every fact, and its Statement of Applicability when it publishes one.
     */
    public record Entry(EntryView entry, Statement statement) implements PageModel {}

    /** Every Annex A control: applicable, with the controls that implement it, or excluded, with the reason. */
    public record Statement(String counts, List<ControlPages.RowView> rows) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "compliance/index.html";
        List<EntryView> entries = context.posture().entries().stream()
                .map(e -> context.entryViews().view(e, RenderContext.root(indexPath)))
                .toList();
        Messages m = context.messages();
        files.add(context.page(PageSpec.at(indexPath, "compliance-index").in(Section.COMPLIANCE)
                .titled(m.text("nav.compliance"))
                .described(m.text("compliance.description", context.config().company().name())),
                new Index(entries)));
        for (var status : context.posture().entries()) {
            String path = "compliance/" + status.entry().id() + "/index.html";
            EntryView entry = context.entryViews().view(status, RenderContext.root(path));
            files.add(context.page(PageSpec.at(path, "compliance-entry").in(Section.COMPLIANCE).titled(entry.name())
                    .described(m.text("compliance.entry.description", entry.name(), entry.statusNote())),
                    new Entry(entry, statement(context, status.entry(), RenderContext.root(path)))));
        }
        return files;
    }

    /** The entry's Statement of Applicability, when it has one and publishes it; else null. */
    static Statement statement(RenderContext context, ComplianceEntry entry, String root) {
        if (!(entry.details() instanceof ComplianceEntry.Certificate cert)
                || cert.statementOfApplicability().filter(s -> s.publish()).isEmpty()
                || entry.framework().annexA().isEmpty()) {
            return null;
        }
        Crosswalk.Column column = Crosswalk.statementOfApplicability(entry.framework(), context.site().controls(),
                cert.statementOfApplicability().get());
        long excluded = column.count(Crosswalk.Coverage.EXCLUDED);
        long applicable = column.requirements().size() - excluded;
        String counts = context.messages().text("soa.counts", applicable, column.requirements().size(), excluded,
                column.count(Crosswalk.Coverage.IMPLEMENTED));
        return new Statement(counts, ControlPages.statementRows(column, root, context.messages()));
    }
}
