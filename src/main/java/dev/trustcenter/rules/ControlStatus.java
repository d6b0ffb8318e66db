package dev.trustcenter.rules;

import dev.trustcenter.model.Control;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A control as of a date.
 *
 * @param testDue         the last day its last test holds ({@code last_tested} plus the threshold), if it was tested
 * @param monthsSinceTest whole months from its last test to the as-of date
 * @param testOverdue     an operating control whose last test is older than the threshold
 * @param evidence        what it cites, resolved, in the order written
 * @param lapsedEvidence  the cited compliance entries that are expired or stale as of the date: evidence that no
 *                        longer holds
 * @param targetPassed    a planned control whose target date has gone by
 */
public record ControlStatus(
        Control control,
        Optional<LocalDate> testDue,
        Optional<Long> monthsSinceTest,
        boolean testOverdue,
        List<Evidence> evidence,
        List<EntryStatus> lapsedEvidence,
        boolean targetPassed) {

    public ControlStatus {
        evidence = List.copyOf(evidence);
        lapsedEvidence = List.copyOf(lapsedEvidence);
    }
}
