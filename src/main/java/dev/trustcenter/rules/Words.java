package dev.trustcenter.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How findings write a date: unambiguous in every locale. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Words() {}

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
