package dev.trustcenter.render.view;

import dev.trustcenter.rules.Words;
import java.time.LocalDate;

/** A date as a page shows it: machine-readable for {@code <time datetime>} and in words for people. */
public record DateView(String iso, String text) {

    public static DateView of(LocalDate date) {
        return date == null ? null : new DateView(date.toString(), Words.date(date));
    }

    /** "15 August 2026", for sentences built in Java. */
    public static String words(LocalDate date) {
        return Words.date(date);
    }
}
