package dev.trustcenter.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How findings and pages write a date: unambiguous in every locale ("15 August 2026"). The one formatter. */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Words() {}

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
