package dev.trustcenter.render.page;

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
import dev.trustcenter.render.view.DateView;
import dev.trustcenter.render.view.Fact;
import dev.trustcenter.rules.AiSystemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        files.add(context.page(PageSpec.at(indexPath, "ai-index").in(Section.AI).titled("AI systems")
                        .described("The AI systems of " + company + ": models and providers, training on customer "
                                + "data, retention, human oversight, evaluations and EU AI Act duties."),
                new Index(views.summary(), context.posture().aiSystems().stream().map(s -> views.view(s, indexRoot))
                        .toList(), views.timeline(indexRoot))));
        for (AiSystemStatus status : context.posture().aiSystems()) {
            AiSystem system = status.system();
            String path = "ai/" + system.id() + "/index.html";
            String root = RenderContext.root(path);
            files.add(context.page(PageSpec.at(path, "ai-system").in(Section.AI).titled(system.name())
                            .described(system.name() + ", an AI system of " + company + ": "
                                    + AiViews.tierWords(system.euAiAct().riskTier()).toLowerCase(Locale.ROOT)
                                    + " under the EU AI Act, " + AiViews.role(system.euAiAct().role())
                                    .toLowerCase(Locale.ROOT) + ". " + AiViews.training(system)),
                    new One(views.view(status, root), AiViews.notice(system).orElse(null), views.duties(status, root),
                            views.evaluations(status, root), facts(system), views.policies(system, root),
                            views.mappings(system, root), views.addressingControls(system, root))));
        }
        return files;
    }

    /** The facts a buyer's legal team checks, each only when stated. */
    static List<Fact> facts(AiSystem system) {
        List<Fact> facts = new ArrayList<>();
        AiSystem.EuAiAct act = system.euAiAct();
        act.conformityAssessment().ifPresent(c -> facts.add(Fact.of("Conformity assessment",
                DateView.words(c.date()) + ", " + c.body().map(b -> "by " + b).orElse("internal control (Annex VI)"))));
        if (act.high() && act.role() == AiRole.PROVIDER
                && act.conformityAssessment().isEmpty()) {
            facts.add(Fact.of("Conformity assessment", "Not done yet"));
        }
        act.euDatabaseId().ifPresent(id -> facts.add(Fact.of("EU database registration", id)));
        if (act.high() && act.role() == AiRole.PROVIDER
                && act.euDatabaseId().isEmpty()) {
            facts.add(Fact.of("EU database registration", "Not registered yet"));
        }
        act.authorisedRepresentative().ifPresent(r -> facts.add(Fact.of("Authorised representative in the EU",
                r.name() + " (" + r.email() + ")")));
        system.difcRegulation10().ifPresent(d -> {
            facts.add(Fact.of("DIFC Regulation 10 role", d.role().label()));
            d.notice().ifPresent(n -> facts.add(Fact.link("DIFC Regulation 10 notice", n.toString(), n.toString())));
        });
        return facts;
    }
}
