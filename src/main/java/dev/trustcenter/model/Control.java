package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One control of content/controls.yaml: a safeguard the company operates, how far it is in place, when it was last
 * tested, the evidence behind it and the framework requirements it addresses.
 *
 * @param description Markdown, rendered and sanitized like a policy's text
 * @param lastTested  required for implemented and partial controls
 * @param target      when a planned control is due
 * @param reason      why a control does not apply
 */
public record Control(
        String id,
        String title,
        String category,
        String description,
        Implementation implementation,
        Optional<String> owner,
        Optional<LocalDate> lastTested,
        List<Reference> evidence,
        List<Policy.ControlRef> mapsTo,
        Optional<LocalDate> target,
        Optional<String> reason,
        Source source) {

    public Control {
        evidence = List.copyOf(evidence);
        mapsTo = List.copyOf(mapsTo);
    }

    /** How far a control is in place, as its owner declares it. */
    public enum Implementation {
        IMPLEMENTED, PARTIAL, PLANNED, NOT_APPLICABLE;

        /** Whether the control operates today, fully or in part: what needs a test date and may carry a claim. */
        public boolean operating() {
            return this == IMPLEMENTED || this == PARTIAL;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An id a control, or an answer, cites: "soc2-type2-2026", or with its kind, "documents/soc2-type2-2026". */
    public record Reference(String id, Source source) {}

    /** Whether the control addresses a requirement of a framework ("iso27001", "A.8.24"). */
    public boolean mapsTo(String framework, String requirement) {
        return mapsTo.stream().anyMatch(r -> r.framework().equals(framework) && r.control().equals(requirement));
    }
}
