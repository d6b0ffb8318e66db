package dev.trustcenter.render.view;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.EntryStatus;
import java.util.Locale;

/**
 * A status as the theme shows it: an id (for data attributes and badges), words, and a tone the stylesheet maps
 * to colour and icon together.
 */
public record StatusView(String id, String label, String tone) {

    public static StatusView of(EntryStatus status, Messages m) {
        return new StatusView(status.status().id(), StatusWords.label(status, m), Tone.of(status.status()).css());
    }

    public static StatusView of(String id, String label, Tone tone) {
        return new StatusView(id, label, tone(tone));
    }

    private static String tone(Tone tone) {
        return tone.name().toLowerCase(Locale.ROOT);
    }
}
