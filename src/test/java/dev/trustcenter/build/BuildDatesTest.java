package dev.trustcenter.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDatesTest {

    static final Clock NOV_22 = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void asOfComesFromTheFlagThenSourceDateEpochThenToday() {
        assertEquals(LocalDate.parse("2026-01-01"),
                BuildDates.resolve(Optional.of(LocalDate.parse("2026-01-01")), Optional.of("0"), NOV_22).asOf());
        assertEquals(LocalDate.parse("2023-11-14"),
                BuildDates.resolve(Optional.empty(), Optional.of("1700000000"), NOV_22).asOf());
        assertEquals(LocalDate.parse("2026-11-22"), BuildDates.resolve(Optional.empty(), Optional.empty(), NOV_22).asOf());
    }

    @Test
    void theBuildDateIsSourceDateEpochsDayOrTodayInUtcNeverTheAsOfDate() {
        var dates = BuildDates.resolve(Optional.of(LocalDate.parse("2026-01-01")), Optional.of("1700000000"), NOV_22);
        assertEquals(LocalDate.parse("2023-11-14"), dates.built());
        assertEquals(LocalDate.parse("2026-11-22"),
                BuildDates.resolve(Optional.of(LocalDate.parse("2026-01-01")), Optional.of(" "), NOV_22).built());
    }

    @Test
    void aMalformedSourceDateEpochIsRefusedInWords() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BuildDates.resolve(Optional.empty(), Optional.of("yesterday"), NOV_22));
        assertEquals("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, but it is \"yesterday\".",
                e.getMessage());
    }
}
