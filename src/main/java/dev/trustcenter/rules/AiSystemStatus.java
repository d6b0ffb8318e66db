package dev.trustcenter.rules;

import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.Obligation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An AI system as of a date: the EU AI Act duties that bind it and whether each applies yet, what each model's
 * provider is on the subprocessor list, and how fresh its evaluations are.
 *
 * @param duties             the catalogue's obligations that bind the system, in the order of their dates
 * @param providers          one per model, in the order written
 * @param overdueEvaluations the latest evaluation of each kind, where it is older than the threshold
 * @param evaluationMissing  a system in production without any evaluation
 */
public record AiSystemStatus(
        AiSystem system,
        List<Duty> duties,
        List<Provider> providers,
        List<AiSystem.Evaluation> overdueEvaluations,
        boolean evaluationMissing) {

    public AiSystemStatus {
        duties = List.copyOf(duties);
        providers = List.copyOf(providers);
        overdueEvaluations = List.copyOf(overdueEvaluations);
    }

    /**
     * An obligation that binds the system, with the articles that bind it in its role.
     *
     * @param applies whether it applies as of the date (its first day included)
     */
    public record Duty(Obligation obligation, List<String> articles, boolean applies) {

        public Duty {
            articles = List.copyOf(articles);
        }

        public LocalDate from() {
            return obligation.appliesFrom();
        }
    }

    /**
     * A model's provider: the company itself (its own model), or its subprocessor entry as of the date, or nothing
     * when the list does not name it.
     */
    public record Provider(AiSystem.Model model, boolean own, Optional<SubprocessorStatus> subprocessor) {

        /** Whether the subprocessor list backs the claim as of the date: the company itself, or a current entry. */
        public boolean backed() {
            return own || subprocessor.map(SubprocessorStatus::current).orElse(false);
        }
    }

    /** The duty of a kind that binds the system and applies first, if any. */
    public Optional<Duty> duty(Obligation.Kind kind) {
        return duties.stream().filter(d -> d.obligation().kind() == kind).findFirst();
    }

    public Optional<AiSystem.Evaluation> latestEvaluation() {
        return system.latestEvaluation();
    }
}
