package dev.trustcenter.render.file;

import dev.trustcenter.render.i18n.Messages;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.Policy;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.rules.AiSystemStatus;
import dev.trustcenter.rules.Posture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * ai-systems.json: the AI system register as of the build, with each system's EU AI Act duties and the catalogue's
 * timetable. trust.json carries the same records under "ai_systems".
 */
public final class AiSystemData implements PageSet {

    /** One system in trust.json and ai-systems.json. */
    record AiSystemJson(String id, String name, String purpose, String status, boolean processesPersonalData,
                        String affectedPersons, EuAiActJson euAiAct, List<ModelJson> models,
                        String customerDataTraining, String trainingStatement, String optOutHow,
                        RetentionJson retention, String humanOversight, List<EvaluationJson> evaluations,
                        String latestEvaluation, @JsonProperty("difc_regulation_10") Difc difcRegulation10, List<String> policies,
                        List<String> mapsTo, String url) {}

    record EuAiActJson(String role, String riskTier, boolean gpai, String annexIii, String annexI,
                       String transparencyNotice, Representative authorisedRepresentative,
                       Conformity conformityAssessment, String euDatabaseId, List<DutyJson> duties) {}

    record Representative(String name, String email) {}

    record Conformity(String date, String body, boolean internal) {}

    /** A duty that binds the system: {@code applies} as of the build. */
    record DutyJson(String id, String title, List<String> articles, String appliesFrom, boolean applies) {}

    /**
     * A model; {@code subprocessorStatus} is the provider's state on the subprocessor list as of the build
     * (current, upcoming or ended), absent for the company's own model.
     */
    record ModelJson(String name, String provider, boolean ownModel, String subprocessorStatus,
                     List<String> hosting) {}

    record RetentionJson(Integer promptsDays, Integer outputsDays, boolean zeroDataRetention) {}

    record EvaluationJson(String date, String kind, String summary, String document, boolean overdue) {}

    record Difc(String role, String notice) {}

    /** An obligation of the catalogue and the systems it binds. */
    record ObligationJson(String id, String kind, String title, List<String> articles, String appliesFrom,
                          boolean applies, List<String> systems) {}

    record AiSystemsFile(int schemaVersion, String asOf, List<AiSystemJson> aiSystems,
                         List<ObligationJson> obligations) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.AI)) {
            return List.of();
        }
        Posture posture = context.posture();
        String base = context.config().site().baseUrl().toString();
        List<ObligationJson> obligations = AiViews.allDuties(posture).stream().map(b -> {
            var o = b.obligation();
            return new ObligationJson(o.id(), lower(o.kind()), o.title(), o.articles(), o.appliesFrom().toString(),
                    o.appliesOn(posture.asOf()), b.systems().stream().map(AiSystem::id).toList());
        }).toList();
        AiSystemsFile file = new AiSystemsFile(TrustJson.SCHEMA_VERSION, posture.asOf().toString(),
                systems(posture, base, context.messages()), obligations);
        return List.of(new OutputFile("ai-systems.json", (context.json(file, RecordJson.DATA) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    static List<AiSystemJson> systems(Posture posture, String base, Messages m) {
        return posture.aiSystems().stream().map(s -> system(s, base, m)).toList();
    }

    private static AiSystemJson system(AiSystemStatus status, String base, Messages m) {
        AiSystem s = status.system();
        AiSystem.EuAiAct act = s.euAiAct();
        var duties = status.duties().stream().map(d -> new DutyJson(d.obligation().id(), d.obligation().title(),
                d.articles(), d.from().toString(), d.applies())).toList();
        var euAiAct = new EuAiActJson(lower(act.role()), lower(act.riskTier()), act.gpai(), act.annexIii().orElse(null),
                act.annexI().orElse(null), act.transparencyNotice().orElse(null),
                act.authorisedRepresentative().map(r -> new Representative(r.name(), r.email())).orElse(null),
                act.conformityAssessment().map(c -> new Conformity(c.date().toString(), c.body().orElse(null),
                        c.body().isEmpty())).orElse(null),
                act.euDatabaseId().orElse(null), duties);
        var models = status.providers().stream().map(p -> new ModelJson(p.model().name(),
                p.subprocessor().map(x -> x.subprocessor().name()).orElse(p.model().provider()), p.own(),
                p.own() ? null : p.subprocessor().map(x -> lower(x.state())).orElse(null),
                p.model().hosting().stream().map(c -> c.code()).toList())).toList();
        var evaluations = s.evaluations().stream().map(e -> new EvaluationJson(e.date().toString(), e.kind(),
                e.summary(), e.document().orElse(null), status.overdueEvaluations().contains(e))).toList();
        return new AiSystemJson(s.id(), s.name(), s.purpose().strip(), s.status().id(), s.processesPersonalData(),
                s.affectedPersons().orElse(null), euAiAct, models, lower(s.customerDataTraining()),
                AiViews.training(s, m), s.optOutHow().orElse(null),
                s.retention().map(r -> new RetentionJson(r.promptsDays().orElse(null), r.outputsDays().orElse(null),
                        r.zeroDataRetention())).orElse(null),
                s.humanOversight().orElse(null), evaluations,
                s.latestEvaluation().map(e -> e.date().toString()).orElse(null),
                s.difcRegulation10().map(d -> new Difc(lower(d.role()), d.notice().map(Object::toString).orElse(null)))
                        .orElse(null),
                s.policies().stream().map(p -> p.id()).toList(),
                s.mapsTo().stream().map(Policy.ControlRef::toString).toList(),
                base + "ai/" + s.id() + "/");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
