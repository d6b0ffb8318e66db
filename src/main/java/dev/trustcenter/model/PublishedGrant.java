package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A grant as the build sees it, from grants/index.yaml: its id and dates, and no names. The build publishes the
 * viewer page of a grant only while it is {@link State#ACTIVE}; the index is safe to commit, the ledger is not.
 */
public record PublishedGrant(String id, LocalDate issued, LocalDate expires, Optional<LocalDate> revoked,
                             Optional<String> ndaSha256, Grant.NdaAcceptance ndaAcceptance,
                             Optional<String> ndaAgreement, boolean bundleStored, Optional<String> language,
                             Source source) {

    /** What a grant id may be: it becomes a folder name and part of a link, so letters, digits, - and _ only. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public enum State { PENDING, ACTIVE, EXPIRED, REVOKED }

    /**
     * Active from the day of issue to the end of its expiry day. A revoked grant stays revoked whatever the as-of
     * date: revoking deletes its bundle, and a link once withdrawn is never published again.
     */
    public static State state(LocalDate issued, LocalDate expires, Optional<LocalDate> revoked, LocalDate asOf) {
        if (revoked.isPresent()) {
            return State.REVOKED;
        }
        if (asOf.isBefore(issued)) {
            return State.PENDING;
        }
        return asOf.isAfter(expires) ? State.EXPIRED : State.ACTIVE;
    }

    public State state(LocalDate asOf) {
        return state(issued, expires, revoked, asOf);
    }
}
