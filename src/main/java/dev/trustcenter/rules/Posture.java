package dev.trustcenter.rules;

import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The trust center as of one date: the loaded content and every status derived from it. */
public record Posture(
        TrustCenter content,
        LocalDate asOf,
        List<EntryStatus> entries,
        List<PolicyStatus> policies,
        List<ChangeNotice> changes,
        List<SubprocessorStatus> subprocessors,
        List<ControlStatus> controls,
        Crosswalk crosswalk,
        List<AiSystemStatus> aiSystems,
        List<AnswerStatus> answers) {

    public Posture(TrustCenter content, LocalDate asOf, List<EntryStatus> entries, List<PolicyStatus> policies,
                   List<ChangeNotice> changes, List<SubprocessorStatus> subprocessors) {
        this(content, asOf, entries, policies, changes, subprocessors, List.of(), new Crosswalk(List.of()), List.of(), List.of());
    }

    /** The AI systems that use a subprocessor's models, by the provider's name. */
    public List<AiSystemStatus> aiSystemsUsing(String provider) {
        return aiSystems.stream().filter(s -> s.providers().stream()
                .anyMatch(p -> p.model().provider().strip().equalsIgnoreCase(provider.strip()))).toList();
    }

    /** The status of the entry with this id. */
    public Optional<EntryStatus> entry(String id) {
        return entries.stream().filter(e -> e.entry().id().equals(id)).findFirst();
    }

    /** The subprocessors in use as of the date: what is counted, tabled and exported as the list. */
    public List<SubprocessorStatus> currentSubprocessors() {
        return subprocessors.stream().filter(SubprocessorStatus::current).toList();
    }

    public List<SubprocessorStatus> upcomingSubprocessors() {
        return subprocessors.stream().filter(s -> s.state() == SubprocessorStatus.State.UPCOMING).toList();
    }
}
