package dev.trustcenter.build;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The two dates of a build. Statuses hold as of {@code asOf}: --as-of, else SOURCE_DATE_EPOCH, else today.
 * The build date is SOURCE_DATE_EPOCH's day when set, else today. Neither carries a time of day, so two builds
 * of the same input on the same dates are byte-identical.
 */
public record BuildDates(LocalDate asOf, LocalDate built) {

    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    /**
     * @param sourceDateEpoch the environment's SOURCE_DATE_EPOCH, if set
     * @throws IllegalArgumentException if SOURCE_DATE_EPOCH is not a whole number of seconds
     */
    public static BuildDates resolve(Optional<LocalDate> asOf, Optional<String> sourceDateEpoch, Clock clock) {
        Optional<LocalDate> epochDay = sourceDateEpoch.filter(s -> !s.isBlank()).map(BuildDates::epochDay);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate built = epochDay.orElse(today);
        return new BuildDates(asOf.orElse(built), built);
    }

    private static LocalDate epochDay(String seconds) {
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, "
                    + "but it is \"" + seconds + "\".");
        }
    }
}
