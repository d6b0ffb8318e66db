package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A policy from content/policies/SLUG.md (SPEC §2.4). */
public record Policy(
        String slug,
        String title,
        Optional<String> summary,
        String version,
        String owner,
        LocalDate effective,
        LocalDate lastReviewed,
        Visibility visibility,
        List<ControlRef> mapsTo,
        String body,
        Source source,
        Source bodySource) {

    public enum Visibility {
        /** Full text published. */
        PUBLIC,
        /** Summary published; the text on request. */
        SUMMARY,
        /** Title only; the rest on request. */
        GATED
    }

    /** A `framework:control` reference such as `soc2:CC6.1`. */
    public record ControlRef(String framework, String control, Source source) {

        @Override
        public String toString() {
            return framework + ":" + control;
        }
    }
}
