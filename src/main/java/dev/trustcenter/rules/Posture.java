package dev.trustcenter.rules;

import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;
import java.util.List;

/** The trust center as of one date: the loaded content and every status derived from it. */
public record Posture(
        TrustCenter content,
        LocalDate asOf,
        List<EntryStatus> entries,
        List<PolicyStatus> policies,
        List<ChangeNotice> changes,
        List<SubprocessorStatus> subprocessors) {

    /** The subprocessors in use as of the date: what is counted, tabled and exported as the list. */
    public List<SubprocessorStatus> currentSubprocessors() {
        return subprocessors.stream().filter(SubprocessorStatus::current).toList();
    }

    public List<SubprocessorStatus> upcomingSubprocessors() {
        return subprocessors.stream().filter(s -> s.state() == SubprocessorStatus.State.UPCOMING).toList();
    }
}
