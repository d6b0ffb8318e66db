package dev.trustcenter.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** subprocessors.yaml (SPEC §2.3). */
public record Subprocessors(int noticePeriodDays, List<Subprocessor> subprocessors, List<Change> changes) {

    public static final int DEFAULT_NOTICE_PERIOD_DAYS = 30;

    public static Subprocessors none() {
        return new Subprocessors(DEFAULT_NOTICE_PERIOD_DAYS, List.of(), List.of());
    }

    public record Subprocessor(
            String name,
            String purpose,
            Optional<String> category,
            List<String> data,
            List<Country> locations,
            Optional<Country> corporateLocation,
            Optional<TransferMechanism> transferMechanism,
            Optional<URI> website,
            Optional<URI> dpa,
            Optional<LocalDate> since,
            Optional<LocalDate> until,
            boolean aiModelProvider,
            Source source) {}

    public enum Action { ADDED, REMOVED, UPDATED }

    public record Change(LocalDate date, Optional<LocalDate> announced, Action action, String name,
                         Optional<String> note, Source source) {}
}
