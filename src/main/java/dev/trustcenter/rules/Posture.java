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
        List<ChangeNotice> changes) {}
