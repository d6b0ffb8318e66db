package dev.trustcenter.rules;

import java.util.Locale;

/** What a reader is told about an entry, derived from its declared status and its dates as of one day. */
public enum Status {
    CURRENT("Current", Tone.GOOD),
    EXPIRING_SOON("Expiring soon", Tone.WARN),
    EXPIRED("Expired", Tone.BAD),
    STALE("Stale", Tone.BAD),
    SUSPENDED("Suspended", Tone.BAD),
    WITHDRAWN("Withdrawn", Tone.BAD),
    IN_PROGRESS("In progress", Tone.INFO),
    PLANNED("Planned", Tone.NEUTRAL),
    NOT_APPLICABLE("Not applicable", Tone.NEUTRAL);

    /** How a status should feel; the theme maps tone to colour and icon, never colour alone. */
    public enum Tone { GOOD, WARN, BAD, INFO, NEUTRAL }

    private final String label;
    private final Tone tone;

    Status(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Tone tone() {
        return tone;
    }

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
