package dev.trustcenter.render.view;

import dev.trustcenter.rules.Status;
import java.util.Locale;

/**
 * How a status should feel, which the theme maps to colour and icon together (never colour alone). Presentation,
 * so it lives here; rules decide the status, render decides how it looks.
 */
public enum Tone {
    GOOD, WARN, BAD, INFO, NEUTRAL;

    public static Tone of(Status status) {
        return switch (status) {
            case CURRENT -> GOOD;
            case EXPIRING_SOON -> WARN;
            case EXPIRED, STALE, SUSPENDED, WITHDRAWN -> BAD;
            case IN_PROGRESS -> INFO;
            case PLANNED, NOT_APPLICABLE -> NEUTRAL;
        };
    }

    /** The word for class names and timeline bars: "good", "bad"… */
    String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
