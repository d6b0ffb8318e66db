package dev.trustcenter.render.view;

import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.ComplianceEntry.RiskTier;
import dev.trustcenter.model.Obligation;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.EntryText;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.view.ControlViews.EvidenceLink;
import dev.trustcenter.render.view.ControlViews.MappingView;
import dev.trustcenter.render.view.SubprocessorViews.CountryView;
import dev.trustcenter.rules.AiSystemStatus;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Posture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.TreeMap;
import dev.trustcenter.rules.Derivation;
import dev.trustcenter.rules.SubprocessorStatus;

/**
 * The AI system register as the theme shows it: a card per system, its full record, and the EU AI Act timeline.
 * Every sentence a buyer reads here (the training commitment, retention, the tier) is worded once, in Java.
 */
public final class AiViews {

    private final Posture posture;
    private final Markdown markdown;
    private final ControlViews controls;
    /** The subprocessor list's anchors, made when a model's provider is first linked: a site without AI has none. */
    private Map<String, String> subprocessorAnchors;
    private final Messages m;

    public AiViews(Posture posture, Markdown markdown, ControlViews controls, Messages messages) {
        this.posture = posture;
        this.m = messages;
        this.markdown = markdown;
        this.controls = controls;
    }

    private synchronized Map<String, String> subprocessorAnchors() {
        if (subprocessorAnchors == null) {
            subprocessorAnchors = SubprocessorViews.anchors(posture);
        }
        return subprocessorAnchors;
    }

    /**
     * One system as its card shows it.
     *
     * @param tier         "Limited risk", with the Annex III point of a high-risk system
     * @param training     the training commitment in one sentence
     * @param retention    what is kept and for how long, in one sentence
     * @param evaluation   the date of the latest evaluation, or null
     */
    public record SystemView(String id, String name, String href, String purposeHtml, StatusView stage, String role,
                             String tier, boolean gpai, List<ModelView> models, String training, String retention,
                             String oversight, DateView evaluation, String evaluationKind, String personalData,
                             String affectedPersons, String lang, String dir) {}

    /**
     * A model and where its provider is listed.
     *
     * @param providerHref the provider's row on the subprocessor list, or null for the company's own model
     */
    public record ModelView(String name, String provider, String providerHref, String tag,
                            List<CountryView> hosting) {}

    /** A duty of the EU AI Act that binds a system, with the articles and the day it applies from. */
    public record DutyView(String id, String title, List<String> articles, DateView from, StatusView state) {}

    public record EvaluationView(DateView date, String kind, String summary, EvidenceLink report, String tag) {}

    /** One obligation of the timeline on ai/, with the systems it binds. */
    public record TimelineRow(String id, String title, List<String> articles, DateView from, StatusView state,
                              List<SystemLink> systems) {}

    public record SystemLink(String id, String name, String href) {}

    /** A control that addresses a requirement the system maps to, with its own status: planned is not in place. */
    public record ControlRef(String title, String href, StatusView status) {}

    public SystemView view(AiSystemStatus status, String root) {
        AiSystem s = status.system();
        AiSystem.EuAiAct act = s.euAiAct();
        var latest = status.latestEvaluation();
        EntryText text = EntryText.of(posture.content(), m.language(), EntryTranslation.Target.AI_SYSTEM, s.id());
        return new SystemView(s.id(), s.name(), href(s, root), markdown.toHtml(text.text("purpose", s.purpose())),
                stage(s.status(), m),
                m.label(act.role()), tier(act, m), act.gpai(),
                status.providers().stream().map(p -> model(p, root)).toList(), training(s, m), retention(s, m),
                s.humanOversight().map(o -> text.text("human_oversight", o)).orElse(null),
                latest.map(e -> m.dateView(e.date())).orElse(null),
                latest.map(AiSystem.Evaluation::kind).orElse(null), m.text(s.processesPersonalData()
                        ? "ai.personalData.yes" : "ai.personalData.no"),
                s.affectedPersons().map(p -> text.text("affected_persons", p)).orElse(null), text.lang(), text.dir());
    }

    public static String href(AiSystem system, String root) {
        return root + "ai/" + system.id() + "/index.html";
    }

    public static SystemLink link(AiSystem system, String root) {
        return new SystemLink(system.id(), system.name(), href(system, root));
    }

    public static StatusView stage(AiSystem.Stage stage, Messages m) {
        return StatusView.of(stage.id(), m.label(stage), switch (stage) {
            case IN_PRODUCTION -> Tone.GOOD;
            case BETA -> Tone.INFO;
            case PLANNED, RETIRED -> Tone.NEUTRAL;
        });
    }

    /** "High risk (Annex III, point 4(a))", "Limited risk", "Minimal risk". */
    public static String tier(AiSystem.EuAiAct act, Messages m) {
        String tier = m.label(act.riskTier());
        if (act.high()) {
            List<String> annexes = new ArrayList<>();
            act.annexIii().ifPresent(p -> annexes.add(m.text("ai.annexIii", p)));
            act.annexI().ifPresent(l -> annexes.add(m.text("ai.annexI", l)));
            return annexes.isEmpty() ? tier : tier + " (" + String.join("; ", annexes) + ")";
        }
        return tier;
    }

    /** The training commitment as a buyer would ask it: does our data train your models? */
    public static String training(AiSystem s, Messages m) {
        return switch (s.customerDataTraining()) {
            case NEVER -> m.text("ai.training.never");
            case OPT_IN -> m.text("ai.training.optIn");
            case OPT_OUT -> s.optOutHow().map(h -> m.text("ai.training.optOutHow", h.strip().replaceAll("\\.$", "")))
                    .orElse(m.text("ai.training.optOut"));
        };
    }

    /** "Zero data retention at the model provider. Prompts are not kept; outputs are kept 90 days." */
    public static String retention(AiSystem s, Messages m) {
        if (s.retention().isEmpty()) {
            return m.text("ai.retention.none");
        }
        AiSystem.Retention r = s.retention().get();
        String kept;
        if (r.promptsDays().isPresent() && r.promptsDays().equals(r.outputsDays())) {
            kept = m.text("ai.retention.kept", m.text("ai.retention.both", r.promptsDays().get()));
        } else {
            List<String> parts = new ArrayList<>();
            r.promptsDays().ifPresent(d -> parts.add(m.text("ai.retention.prompts", d)));
            r.outputsDays().ifPresent(d -> parts.add(m.text("ai.retention.outputs", d)));
            kept = parts.isEmpty() ? "" : parts.size() == 1 ? m.text("ai.retention.kept", parts.get(0))
                    : m.text("ai.retention.keptBoth", parts.get(0), parts.get(1));
        }
        kept = m.capitalize(kept);
        if (r.zeroDataRetention()) {
            return m.text("ai.retention.zero") + (kept.isEmpty() ? "" : " " + kept);
        }
        return kept.isEmpty() ? m.text("ai.retention.none") : kept;
    }

    private ModelView model(AiSystemStatus.Provider p, String root) {
        if (p.own()) {
            return new ModelView(p.model().name(), posture.content().config().company().name(), null,
                    m.text("ai.ownModel"),
                    hosting(p.model()));
        }
        String anchor = p.subprocessor().map(s -> subprocessorAnchors().get(s.subprocessor().name())).orElse(null);
        String tag = p.subprocessor().filter(s -> !s.current())
                .map(s -> s.state() == SubprocessorStatus.State.UPCOMING
                        ? s.starts().map(d -> m.text("ai.provider.starts", d)).orElse(m.text("ai.provider.later"))
                        : m.text("ai.provider.ended"))
                .orElse(null);
        String provider = p.subprocessor().map(s -> s.subprocessor().name()).orElse(p.model().provider());
        return new ModelView(p.model().name(), provider, anchor == null ? null
                : root + "subprocessors/index.html#" + anchor, tag, hosting(p.model()));
    }

    private List<CountryView> hosting(AiSystem.Model model) {
        return model.hosting().stream().map(c -> CountryView.of(c, m)).toList();
    }

    /** The duties that bind a system, each saying whether it applies yet. */
    public List<DutyView> duties(AiSystemStatus status, String root) {
        return status.duties().stream().map(d -> new DutyView(d.obligation().id(), d.obligation().title(),
                d.articles().stream().map(a -> article(a)).toList(), m.dateView(d.from()),
                dutyState(d.obligation(), posture.asOf()))).toList();
    }

    public StatusView dutyState(Obligation o, LocalDate asOf) {
        return o.appliesOn(asOf)
                ? StatusView.of("applies", m.text("ai.duty.appliesSince", o.appliesFrom()), Tone.INFO)
                : StatusView.of("upcoming", m.text("ai.duty.appliesFrom", o.appliesFrom()), Tone.NEUTRAL);
    }

    /** An article as a reader recognises it: "Art. 50 Transparency obligations…". */
    private String article(String id) {
        return posture.content().frameworks().find(Derivation.AI_ACT)
                .map(f -> f.controlLabel(id)).orElse(id).replaceFirst("^Art\\.", "Art. ");
    }

    public List<EvaluationView> evaluations(AiSystemStatus status, String root) {
        return status.system().evaluations().stream()
                .sorted(Comparator.comparing(AiSystem.Evaluation::date).reversed())
                .map(e -> new EvaluationView(m.dateView(e.date()), e.kind(), e.summary(),
                        e.document().map(id -> controls.link(new Evidence(Evidence.Kind.DOCUMENT, id), root)).orElse(null),
                        status.overdueEvaluations().contains(e) ? m.text("ai.evaluation.due") : null))
                .toList();
    }

    public List<EvidenceLink> policies(AiSystem system, String root) {
        return system.policies().stream()
                .map(p -> controls.link(new Evidence(Evidence.Kind.POLICY, p.id()), root)).toList();
    }

    public List<MappingView> mappings(AiSystem system, String root) {
        return system.mapsTo().stream().map(ref -> controls.mapping(ref, root)).toList();
    }

    /** The controls that address any requirement the system maps to: how its claims are put into practice. */
    public List<ControlRef> addressingControls(AiSystem system, String root) {
        return posture.controls().stream()
                .filter(c -> system.mapsTo().stream().anyMatch(r -> c.control().mapsTo(r.framework(), r.control())))
                .map(c -> new ControlRef(c.control().title(), root + "controls/index.html#" + c.control().id(),
                        ControlViews.status(c, m)))
                .toList();
    }

    /**
     * A duty of the EU AI Act that binds at least one system of the register (not retired), with those systems: what
     * the timeline, the calendar and the feed announce.
     */
    public record BoundDuty(Obligation obligation, List<AiSystem> systems) {

        /** "Forecast Assistant and Ledger Chat", in the language's own way of listing. */
        public String names(Messages m) {
            return m.list(systems.stream().map(AiSystem::name).toList());
        }
    }

    /** The catalogue's duties that bind some system, in date order: what the calendar and the feed announce. */
    public static List<BoundDuty> boundDuties(Posture posture) {
        return allDuties(posture).stream().filter(b -> !b.systems().isEmpty()).toList();
    }

    /** Every duty of the catalogue, in date order, with the systems (not retired) it binds, perhaps none. */
    public static List<BoundDuty> allDuties(Posture posture) {
        return posture.content().frameworks().find(Derivation.AI_ACT)
                .map(f -> f.obligations()).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Obligation::appliesFrom).thenComparing(Obligation::id))
                .map(o -> new BoundDuty(o, posture.aiSystems().stream()
                        .filter(s -> s.system().active())
                        .filter(s -> s.duties().stream().anyMatch(d -> d.obligation().id().equals(o.id())))
                        .map(AiSystemStatus::system).toList()))
                .toList();
    }

    /** Every obligation of the catalogue, in date order, with the systems (not retired) it binds. */
    public List<TimelineRow> timeline(String root) {
        return allDuties(posture).stream().map(b -> {
            Obligation o = b.obligation();
            return new TimelineRow(o.id(), o.title(), o.articles().stream().map(this::article).toList(),
                    m.dateView(o.appliesFrom()), o.appliesOn(posture.asOf())
                            ? StatusView.of("applies", m.text("ai.duty.inForce"), Tone.INFO)
                            : StatusView.of("upcoming", m.text("ai.duty.notYet"), Tone.NEUTRAL),
                    b.systems().stream().map(s -> link(s, root)).toList());
        }).toList();
    }

    /**
     * The home page's line: "3 AI systems: 1 high risk (planned), 1 limited risk, 1 minimal risk. Customer data
     * never trains our models." The training clause only when every live system says never.
     */
    public String summary() {
        List<AiSystem> active = posture.content().aiSystems().stream()
                .filter(s -> s.active()).toList();
        if (active.isEmpty()) {
            return null;
        }
        Map<RiskTier, List<AiSystem>> byTier = active.stream()
                .collect(Collectors.groupingBy(s -> s.euAiAct().riskTier(), TreeMap::new, Collectors.toList()));
        String tiers = byTier.entrySet().stream().map(e -> {
            long planned = e.getValue().stream().filter(s -> s.status() == AiSystem.Stage.PLANNED).count();
            String tier = m.text("ai.summary.tier." + e.getKey().name(), e.getValue().size());
            return planned == 0 ? tier : planned == e.getValue().size() ? m.text("ai.summary.allPlanned", tier)
                    : m.text("ai.summary.somePlanned", tier, planned);
        }).collect(Collectors.joining(m.text("list.separator")));
        boolean never = active.stream().allMatch(s -> s.customerDataTraining() == AiSystem.Training.NEVER);
        return m.text("ai.summary", active.size(), tiers) + (never ? " " + m.text("ai.summary.neverTrains") : "");
    }

    /** The AI systems that use a subprocessor's models, linked from its row on the subprocessor list. */
    public List<SystemLink> using(String subprocessor, String root) {
        return posture.aiSystemsUsing(subprocessor).stream()
                .filter(s -> s.system().active())
                .map(s -> link(s.system(), root)).toList();
    }

    public static Optional<String> notice(AiSystem system) {
        return system.euAiAct().transparencyNotice();
    }
}
