package dev.trustcenter.model;

import dev.trustcenter.model.ComplianceEntry.AiRole;
import dev.trustcenter.model.ComplianceEntry.RiskTier;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Comparator;

/**
 * One system of content/ai-systems.yaml: what an AI feature does, the models and providers behind it, what happens
 * to customer data, and its place under the EU AI Act and the DIFC's Regulation 10. Every claim here is checked
 * against the rest of the content: providers against the subprocessor list, policies against the policies, the
 * risk tier against the company's EU AI Act entry.
 *
 * @param purpose        Markdown, rendered and sanitized like a policy's text
 * @param policies       ids of the policies that back the claims
 * @param optOutHow      how a customer opts out of training, for {@code customer_data_training: opt_out}
 */
public record AiSystem(
        String id,
        String name,
        String purpose,
        Stage status,
        boolean processesPersonalData,
        Optional<String> affectedPersons,
        EuAiAct euAiAct,
        List<Model> models,
        Training customerDataTraining,
        Optional<String> optOutHow,
        Optional<Retention> retention,
        Optional<String> humanOversight,
        List<Evaluation> evaluations,
        Optional<DifcRegulation10> difcRegulation10,
        List<Control.Reference> policies,
        List<Policy.ControlRef> mapsTo,
        Source source) {

    public AiSystem {
        models = List.copyOf(models);
        evaluations = List.copyOf(evaluations);
        policies = List.copyOf(policies);
        mapsTo = List.copyOf(mapsTo);
    }

    /** Where a system is in its life: only a retired one has no live claims to check. */
    public enum Stage {
        IN_PRODUCTION("In production"), BETA("Beta"), PLANNED("Planned"), RETIRED("Retired");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** In production or beta: customers use it today. */
        public boolean live() {
            return this == IN_PRODUCTION || this == BETA;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether customer data trains the models. */
    public enum Training { NEVER, OPT_IN, OPT_OUT }

    /**
     * The system under the EU AI Act.
     *
     * @param annexIii the Annex III point of a high-risk system ("5(b)")
     * @param annexI   the Union harmonisation legislation of Annex I, for a high-risk safety component of a product
     * @param gpai     a general-purpose AI model the company places on the market
     */
    public record EuAiAct(
            AiRole role,
            RiskTier riskTier,
            boolean gpai,
            Optional<String> annexIii,
            Optional<String> annexI,
            Optional<String> transparencyNotice,
            Optional<Representative> authorisedRepresentative,
            Optional<ConformityAssessment> conformityAssessment,
            Optional<String> euDatabaseId,
            Source source) {

        public boolean high() {
            return riskTier == RiskTier.HIGH;
        }
    }

    /** The authorised representative in the Union of a provider established outside it (Art. 22 and 54). */
    public record Representative(String name, String email) {}

    /** Art. 43: who assessed a high-risk system's conformity, and when; {@code body} is empty for internal control. */
    public record ConformityAssessment(LocalDate date, Optional<String> body) {}

    /** A model the system runs: its provider is the company itself or a subprocessor. */
    public record Model(String name, String provider, List<Country> hosting, Source source) {

        public Model {
            hosting = List.copyOf(hosting);
        }
    }

    /** How long prompts and outputs are kept; zero data retention means the model provider keeps neither. */
    public record Retention(Optional<Integer> promptsDays, Optional<Integer> outputsDays, boolean zeroDataRetention) {}

    /** A dated evaluation, such as accuracy or bias, with the document that reports it if there is one. */
    public record Evaluation(LocalDate date, String kind, String summary, Optional<String> document, Source source) {}

    /** DIFC Data Protection Regulations, Regulation 10: the company's role and the notice users are given. */
    public record DifcRegulation10(DifcRole role, Optional<URI> notice) {}

    public enum DifcRole {
        DEPLOYER, OPERATOR, PROVIDER;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** Not retired: a system whose claims are checked, counted and listed as in use or coming. */
    public boolean active() {
        return status != Stage.RETIRED;
    }

    /** The latest evaluation, or the latest of each kind. */
    public Optional<Evaluation> latestEvaluation() {
        return evaluations.stream().max(Comparator.comparing(Evaluation::date));
    }
}
