package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.Optional;

/** A downloadable document (SPEC §2.5). Gated files live under private/ and are never published. */
public record Document(
        String id,
        String title,
        Access access,
        String file,
        Optional<LocalDate> updated,
        Optional<String> description,
        String sha256,
        long size,
        Source source) {

    public enum Access { PUBLIC, GATED }

    public boolean gated() {
        return access == Access.GATED;
    }
}
