package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.AiSystem.EuAiAct;
import dev.trustcenter.model.ComplianceEntry.AiRole;
import dev.trustcenter.model.ComplianceEntry.RiskTier;
import dev.trustcenter.model.Control;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads content/ai-systems.yaml: the AI system register. What a system must state depends on its risk tier and its
 * training commitment; the checks that need the rest of the content (providers, policies, the company's EU AI Act
 * entry) and the ones that need a date run in the validate and lint stages.
 */
final class AiSystemsReader {

    private static final List<RiskTier> TIERS = List.of(RiskTier.PROHIBITED, RiskTier.HIGH, RiskTier.LIMITED,
            RiskTier.MINIMAL);

    private AiSystemsReader() {}

    static List<AiSystem> read(YamlNode root, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "ai-systems.yaml should be a list of AI systems, each "
                    + "starting with \"- id:\".", "See the example content/ai-systems.yaml.");
            return List.of();
        }
        List<AiSystem> systems = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.item(item, "an AI system", diagnostics, AiSystemsReader::system).ifPresent(systems::add);
        }
        return List.copyOf(systems);
    }

    private static Optional<AiSystem> system(MappingReader item) {
        item.allow("translations");   // read by EntryTranslationsReader
        String id = ComplianceReader.slug(item, "id");
        MappingReader r = id == null ? item : item.named("the AI system \"" + id + "\"");
        String name = r.requiredText("name");
        String purpose = r.requiredText("purpose");
        AiSystem.Stage status = r.requiredChoice("status", AiSystem.Stage.class);
        boolean personalData = r.bool("processes_personal_data", false);
        if (!r.has("processes_personal_data") && !r.misspelt("processes_personal_data")) {
            r.diagnostics().error("missing-key", r.source(), MappingReader.capitalize(r.what()) + " has no "
                    + "\"processes_personal_data\", which is required: it decides which data-protection duties apply.",
                    "Add processes_personal_data: true or false.");
        }
        Optional<String> affected = r.text("affected_persons");
        Optional<EuAiAct> act = r.mapping("eu_ai_act", "the eu_ai_act: block of " + r.what())
                .flatMap(AiSystemsReader::euAiAct);
        if (!r.has("eu_ai_act") && !r.misspelt("eu_ai_act")) {
            r.diagnostics().error("missing-key", r.source(), MappingReader.capitalize(r.what()) + " has no "
                    + "\"eu_ai_act\", which is required: buyers ask for the role and risk tier of every AI system.",
                    "Add eu_ai_act: {role: deployer, risk_tier: minimal}.");
        }
        List<AiSystem.Model> models = r.list("models", node -> MappingReader.item(node, "a model of " + r.what(),
                r.diagnostics(), AiSystemsReader::model));
        AiSystem.Training training = r.requiredChoice("customer_data_training", AiSystem.Training.class);
        Optional<String> optOutHow = r.text("opt_out_how");
        Optional<AiSystem.Retention> retention = r.mapping("retention", "the retention of " + r.what())
                .map(AiSystemsReader::retention);
        Optional<String> oversight = r.text("human_oversight");
        List<AiSystem.Evaluation> evaluations = r.list("evaluations", node -> MappingReader.item(node,
                "an evaluation of " + r.what(), r.diagnostics(), AiSystemsReader::evaluation));
        Optional<AiSystem.DifcRegulation10> difc = r.mapping("difc_regulation_10",
                "the difc_regulation_10: block of " + r.what()).flatMap(AiSystemsReader::difc);
        List<Control.Reference> policies = r.list("policies", node -> PageReaders.citation(node, r, "policies",
                "the ids of policies (their file names without .md)", "[responsible-ai]"));
        var mapsTo = r.list("maps_to", node -> PageReaders.controlRef(node, r));
        r.finish();

        if (training == AiSystem.Training.NEVER && policies.isEmpty() && !r.misspelt("policies")) {
            r.error("ai-training-policy-missing", "customer_data_training", MappingReader.capitalize(r.what())
                    + " says customer data never trains its models, but names no policy that commits to it.",
                    "Add policies: with the id of the policy that says so, for example [responsible-ai].");
        }
        if (training == AiSystem.Training.OPT_OUT && optOutHow.isEmpty() && !r.misspelt("opt_out_how")) {
            r.error("ai-opt-out-how-missing", "customer_data_training", MappingReader.capitalize(r.what())
                    + " trains on customer data unless a customer opts out, but does not say how to opt out.",
                    "Add opt_out_how: with the steps, for example \"Settings → Privacy → turn off model improvement\".");
        }
        act.filter(EuAiAct::high).ifPresent(a -> {
            if (oversight.isEmpty() && !r.misspelt("human_oversight")) {
                r.error("ai-human-oversight-missing", "eu_ai_act", MappingReader.capitalize(r.what()) + " is "
                        + "high-risk but does not say how people oversee it (EU AI Act Art. 14).",
                        "Add human_oversight: with who can stop or override it, and when.");
            }
        });
        if (id == null || name == null || purpose == null || status == null || act.isEmpty() || training == null) {
            return Optional.empty();
        }
        return Optional.of(new AiSystem(id, name, purpose, status, personalData, affected, act.get(), models, training,
                optOutHow, retention, oversight, evaluations, difc, policies, mapsTo, r.source()));
    }

    private static Optional<EuAiAct> euAiAct(MappingReader a) {
        AiRole role = a.requiredChoice("role", AiRole.class);
        RiskTier tier = a.requiredChoice("risk_tier", TIERS);
        boolean gpai = a.bool("gpai", false);
        Optional<String> annexIii = a.text("annex_iii");
        Optional<String> annexI = a.text("annex_i");
        Optional<String> notice = a.text("transparency_notice");
        Optional<AiSystem.Representative> representative = a.mapping("authorised_representative",
                "the authorised representative").flatMap(m -> {
                    String name = m.requiredText("name");
                    String email = m.requiredEmail("email");
                    m.finish();
                    return name == null || email == null ? Optional.empty()
                            : Optional.of(new AiSystem.Representative(name, email));
                });
        Optional<AiSystem.ConformityAssessment> conformity = a.mapping("conformity_assessment",
                "the conformity assessment").flatMap(AiSystemsReader::conformity);
        Optional<String> database = a.text("eu_database_id");
        a.finish();
        if (tier == RiskTier.PROHIBITED) {
            a.error("ai-prohibited", "risk_tier", "An AI system with risk_tier: prohibited is a practice Art. 5 of the "
                    + "EU AI Act bans outright (since 2 February 2025): there is nothing to publish about it.",
                    "Stop the practice and remove the system, or correct its risk tier.");
        }
        if (tier == RiskTier.HIGH && annexIii.isEmpty() && annexI.isEmpty() && !a.misspelt("annex_iii")) {
            a.error("ai-annex-missing", "risk_tier", "A high-risk AI system must say which point of Annex III makes "
                    + "it high-risk, and \"annex_iii\" is missing.", "Add annex_iii: with the point, for example "
                    + "\"4(a)\" for recruitment; or annex_i: with the Union legislation for a safety component of a "
                    + "product.");
        }
        return role == null || tier == null ? Optional.empty() : Optional.of(new EuAiAct(role, tier, gpai, annexIii,
                annexI, notice, representative, conformity, database, a.source()));
    }

    /** {date, body} for a notified body, or {date, internal: true} for internal control (Annex VI). */
    private static Optional<AiSystem.ConformityAssessment> conformity(MappingReader c) {
        LocalDate date = c.requiredDate("date");
        Optional<String> body = c.text("body");
        boolean internal = c.bool("internal", false);
        c.finish();
        if (body.isPresent() == internal) {
            c.error("bad-value", body.isPresent() ? "internal" : "date", "A conformity assessment is either by a "
                    + "notified body or internal, and " + (internal ? "both were given." : "neither was given."),
                    "Write body: with the notified body's name, or internal: true for internal control (Annex VI).");
            return Optional.empty();
        }
        return date == null ? Optional.empty() : Optional.of(new AiSystem.ConformityAssessment(date, body));
    }

    private static Optional<AiSystem.Model> model(MappingReader m) {
        String name = m.requiredText("name");
        String provider = m.requiredText("provider");
        var hosting = m.countries("hosting");
        m.finish();
        return name == null || provider == null ? Optional.empty()
                : Optional.of(new AiSystem.Model(name, provider, hosting, m.source()));
    }

    private static AiSystem.Retention retention(MappingReader m) {
        var prompts = m.integer("prompts_days", 0, 3650);
        var outputs = m.integer("outputs_days", 0, 3650);
        boolean zero = m.bool("zero_data_retention", false);
        m.finish();
        return new AiSystem.Retention(prompts, outputs, zero);
    }

    private static Optional<AiSystem.Evaluation> evaluation(MappingReader e) {
        LocalDate date = e.requiredDate("date");
        String kind = e.requiredText("kind");
        String summary = e.requiredText("summary");
        Optional<String> document = e.text("document");
        e.finish();
        return date == null || kind == null || summary == null ? Optional.empty()
                : Optional.of(new AiSystem.Evaluation(date, kind, summary, document, e.source()));
    }

    private static Optional<AiSystem.DifcRegulation10> difc(MappingReader d) {
        AiSystem.DifcRole role = d.requiredChoice("role", AiSystem.DifcRole.class);
        var notice = d.url("notice");
        d.finish();
        return role == null ? Optional.empty() : Optional.of(new AiSystem.DifcRegulation10(role, notice));
    }
}
