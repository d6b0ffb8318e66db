package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.model.AiSystem;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.render.view.AiViews.DutyView;
import dev.trustcenter.render.view.AiViews.EvaluationView;
import dev.trustcenter.render.view.AiViews.SystemView;
import dev.trustcenter.render.view.AiViews.TimelineRow;
import dev.trustcenter.render.view.ControlViews.EvidenceLink;
import dev.trustcenter.render.view.ControlViews.MappingView;
import dev.trustcenter.render.view.Fact;
import dev.trustcenter.rules.AiSystemStatus;
import java.util.ArrayList;
import java.util.List;
import dev.trustcenter.model.ComplianceEntry.AiRole;

/** ai/index.html (the register and the EU AI Act timeline) and ai/ID/index.html (one system's full record). */
public final class AiPages implements PageSet {

    /**
     * ai-index.peb.
     *
     * @param summary  the register in one sentence
     * @param timeline every obligation of the catalogue, in date order, with the systems it binds
     */
    public record Index(String summary, List<SystemView> systems, List<TimelineRow> timeline)
            implements PageModel {}

    /**
     * ai-system.peb.
     *
     * @param facts      the EU AI Act and DIFC facts beyond the card: conformity, registration, representatives
     * @param mapsTo     the requirements the system maps to, by id and name
     * @param controls   the controls that address those requirements, with their status, linked to controls/
     */
    public record One(SystemView system, String transparencyNotice, List<DutyView> duties,
                      List<EvaluationView> evaluations, List<Fact> facts, List<EvidenceLink> policies,
                      List<MappingView> mapsTo, List<AiViews.ControlRef> controls) implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.AI)) {
            return List.of();
        }
        AiViews views = context.aiViews();
        String company = context.config().company().name();
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "ai/index.html";
        String indexRoot = RenderContext.root(indexPath);
        Messages m = context.messages();
        files.add(context.page(PageSpec.at(indexPath, "ai-index").in(Section.AI).titled(m.text("ai.title"))
                        .described(m.text("ai.description", company)),
                new Index(views.summary(), context.posture().aiSystems().stream().map(s -> views.view(s, indexRoot))
                        .toList(), views.timeline(indexRoot))));
        for (AiSystemStatus status : context.posture().aiSystems()) {
            AiSystem system = status.system();
            String path = "ai/" + system.id() + "/index.html";
            String root = RenderContext.root(path);
            files.add(context.page(PageSpec.at(path, "ai-system").in(Section.AI).titled(system.name())
                            .described(m.text("ai.system.description", system.name(), company,
                                    m.label(system.euAiAct().riskTier()), m.label(system.euAiAct().role()))
                                    + " " + AiViews.training(system, m)),
                    new One(views.view(status, root), AiViews.notice(system).orElse(null), views.duties(status, root),
                            views.evaluations(status, root), facts(system, m), views.policies(system, root),
                            views.mappings(system, root), views.addressingControls(system, root))));
        }
        return files;
    }

    /** The facts a buyer's legal team checks, each only when stated. */
    static List<Fact> facts(AiSystem system, Messages m) {
        List<Fact> facts = new ArrayList<>();
        AiSystem.EuAiAct act = system.euAiAct();
        act.conformityAssessment().ifPresent(c -> facts.add(Fact.of(m.text("ai.fact.conformity"),
                c.body().map(b -> m.text("ai.fact.conformity.body", c.date(), b))
                        .orElse(m.text("ai.fact.conformity.internal", c.date())))));
        if (act.high() && act.role() == AiRole.PROVIDER
                && act.conformityAssessment().isEmpty()) {
            facts.add(Fact.of(m.text("ai.fact.conformity"), m.text("ai.fact.conformity.none")));
        }
        act.euDatabaseId().ifPresent(id -> facts.add(Fact.of(m.text("ai.fact.database"), id)));
        if (act.high() && act.role() == AiRole.PROVIDER
                && act.euDatabaseId().isEmpty()) {
            facts.add(Fact.of(m.text("ai.fact.database"), m.text("ai.fact.database.none")));
        }
        act.authorisedRepresentative().ifPresent(r -> facts.add(Fact.of(m.text("ai.fact.representative"),
                r.name() + " (" + r.email() + ")")));
        system.difcRegulation10().ifPresent(d -> {
            facts.add(Fact.of(m.text("ai.fact.difcRole"), m.label(d.role())));
            d.notice().ifPresent(n -> facts.add(Fact.link(m.text("ai.fact.difcNotice"), n.toString(), n.toString())));
        });
        return facts;
    }
}
