package dev.trustcenter.rules;

import dev.trustcenter.model.Answer;
import java.time.LocalDate;
import java.util.List;

/**
 * An answer as of a date.
 *
 * @param evidence       what it cites, resolved, in the order written
 * @param lapsedEvidence the cited compliance entries that are expired or stale as of the date
 * @param reviewDue      the last day its review holds ({@code last_reviewed} plus the threshold)
 * @param reviewOverdue  the date is after {@code reviewDue}
 */
public record AnswerStatus(Answer answer, List<Evidence> evidence, List<EntryStatus> lapsedEvidence,
                           LocalDate reviewDue, boolean reviewOverdue) {

    public AnswerStatus {
        evidence = List.copyOf(evidence);
        lapsedEvidence = List.copyOf(lapsedEvidence);
    }

    /** Whether the answer is shown with "evidence expired": a cited entry no longer holds. */
    public boolean evidenceLapsed() {
        return !lapsedEvidence.isEmpty();
    }
}
