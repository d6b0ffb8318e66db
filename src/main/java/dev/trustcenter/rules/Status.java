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

    /** The machine name, as SPEC §2.2 writes it: current, expiring_soon, expired, stale… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
