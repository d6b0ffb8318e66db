package dev.trustcenter.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a page shows it: machine-readable for {@code <time datetime>} and in words for people. */
public record DateView(String iso, String text) {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public static DateView of(LocalDate date) {
        return date == null ? null : new DateView(date.toString(), WORDS.format(date));
    }

    /** "15 August 2026", for sentences built in Java. */
    public static String words(LocalDate date) {
        return WORDS.format(date);
    }
}
