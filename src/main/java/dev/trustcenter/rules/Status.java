package dev.trustcenter.rules;

import java.util.Locale;

/**
 * What holds for an entry, derived from its declared status and its dates as of one day. The words and colours a
 * page uses for it are render's (StatusWords, Tone).
 */
public enum Status {
    CURRENT, EXPIRING_SOON, EXPIRED, STALE, SUSPENDED, WITHDRAWN, IN_PROGRESS, PLANNED, NOT_APPLICABLE;

    /**
     * Whether the entry claims that the certificate, report or compliance exists (its declared status was issued,
     * certified or compliant), so that it counts in "good standing: N of M". Work in progress, plans and what does
     * not apply are not counted against the company.
     */
    public boolean claimed() {
        return switch (this) {
            case CURRENT, EXPIRING_SOON, EXPIRED, STALE, SUSPENDED, WITHDRAWN -> true;
            case IN_PROGRESS, PLANNED, NOT_APPLICABLE -> false;
        };
    }

    /** A claim that holds as of the date: current, or current and expiring soon. */
    public boolean inGoodStanding() {
        return this == CURRENT || this == EXPIRING_SOON;
    }

    /** The machine name, as SPEC §2.2 writes it: current, expiring_soon, expired, stale… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
