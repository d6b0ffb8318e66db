package dev.trustcenter.rules;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.BridgeLetter;
import dev.trustcenter.model.Framework;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A compliance entry as of a date.
 *
 * @param validUntil     the last day the entry holds: a certificate's or notification's expiry, or the last
 *                       day a SOC report counts as current
 * @param bridgeLetter   a bridge letter dated after the report period, shown beside the report
 * @param overridesClaim true when the dates contradict the declared status (a "certified" certificate
 *                       that has expired), which the page must say
 * @param cappedBy       the retired edition whose end cut the certificate's validity short (ISO/IEC 27001:2013
 *                       certificates ended on 31 October 2025, whatever their expiry date): decided here, once, and
 *                       read by the rules and the pages
 */
public record EntryStatus(
        ComplianceEntry entry,
        Status status,
        Optional<LocalDate> validUntil,
        Optional<BridgeLetter> bridgeLetter,
        boolean overridesClaim,
        Optional<Framework.RetiredEdition> cappedBy) {

    public EntryStatus(ComplianceEntry entry, Status status, Optional<LocalDate> validUntil,
                       Optional<BridgeLetter> bridgeLetter, boolean overridesClaim) {
        this(entry, status, validUntil, bridgeLetter, overridesClaim, Optional.empty());
    }

    /** Expired or stale: a claim that no longer holds, so evidence that cites it has lapsed. */
    public boolean lapsed() {
        return status == Status.EXPIRED || status == Status.STALE;
    }

    /** The retired edition, when the entry has lapsed because of it. */
    public Optional<Framework.RetiredEdition> lapsedWithEdition() {
        return status == Status.EXPIRED ? cappedBy : Optional.empty();
    }

}
