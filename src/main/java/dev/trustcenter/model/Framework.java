package dev.trustcenter.model;

import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A standard, law or framework from the built-in catalogue or site-config's `frameworks:`.
 * The profile decides which facts an entry must carry and which statuses it may declare.
 */
public record Framework(
        String id,
        String name,
        String shortName,
        Kind kind,
        String issuer,
        Profile profile,
        Integer maxValidityYears,
        List<RetiredEdition> retiredEditions,
        List<String> controls,
        Map<String, String> controlNames,
        List<Obligation> obligations) {

    public Framework {
        controls = List.copyOf(controls);
        controlNames = Map.copyOf(controlNames);
        obligations = List.copyOf(obligations);
    }

    /** A framework without dated obligations. */
    public Framework(String id, String name, String shortName, Kind kind, String issuer, Profile profile,
                     Integer maxValidityYears, List<RetiredEdition> retiredEditions, List<String> controls,
                     Map<String, String> controlNames) {
        this(id, name, shortName, kind, issuer, profile, maxValidityYears, retiredEditions, controls, controlNames,
                List.of());
    }

    /** A framework whose controls have no titles in the catalogue. */
    public Framework(String id, String name, String shortName, Kind kind, String issuer, Profile profile,
                     Integer maxValidityYears, List<RetiredEdition> retiredEditions, List<String> controls) {
        this(id, name, shortName, kind, issuer, profile, maxValidityYears, retiredEditions, controls, Map.of());
    }

    /**
     * An edition of a standard whose certificates stop being valid after {@code validUntil}, and where each of its
     * control numbers went in the current edition.
     */
    public record RetiredEdition(String edition, LocalDate validUntil,
                                 Map<String, List<String>> renumbered) {

        /**
         * The current controls that replace an old control number, or an old objective (such as A.9.2, whose
         * controls A.9.2.1–A.9.2.6 went to A.5.16, A.5.17, A.5.18 and A.8.2); empty if it is not an old number.
         */
        public List<String> replacements(String oldControl) {
            List<String> direct = renumbered.get(oldControl);
            if (direct != null) {
                return direct;
            }
            return renumbered.entrySet().stream().filter(e -> e.getKey().startsWith(oldControl + "."))
                    .flatMap(e -> e.getValue().stream()).distinct()
                    .sorted(Comparator.comparing(Framework::controlOrder)).toList();
        }
    }

    /** "A.5.16" before "A.8.2": compares the numbers of a control id part by part. */
    static String controlOrder(String id) {
        StringBuilder key = new StringBuilder();
        for (String part : id.split("\\.")) {
            key.append(part.matches("\\d+") ? String.format(Locale.ROOT, "%05d", Integer.parseInt(part)) : part)
                    .append('.');
        }
        return key.toString();
    }

    /** The retired edition a certificate's edition text names, if any ("ISO/IEC 27001:2013" names 2013). */
    public Optional<RetiredEdition> retiredEdition(String editionText) {
        return retiredEditions.stream().filter(r -> editionText.contains(r.edition())).findFirst();
    }

    public enum Kind {
        ATTESTATION("Attestation report"),
        CERTIFICATION("Certification"),
        REGULATION("Regulation"),
        FRAMEWORK("Framework");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The shape of an entry's facts. */
    public enum Profile {
        SOC_REPORT(Set.of(DeclaredStatus.PLANNED, DeclaredStatus.IN_PROGRESS, DeclaredStatus.ISSUED)),
        CERTIFICATE(Set.of(DeclaredStatus.PLANNED, DeclaredStatus.IN_PROGRESS, DeclaredStatus.CERTIFIED,
                DeclaredStatus.SUSPENDED, DeclaredStatus.WITHDRAWN)),
        DIFC(Set.of(DeclaredStatus.COMPLIANT, DeclaredStatus.IN_PROGRESS, DeclaredStatus.NOT_APPLICABLE)),
        AI_ACT(Set.of(DeclaredStatus.PLANNED, DeclaredStatus.IN_PROGRESS, DeclaredStatus.COMPLIANT,
                DeclaredStatus.NOT_APPLICABLE)),
        POSTURE(Set.of(DeclaredStatus.PLANNED, DeclaredStatus.IN_PROGRESS, DeclaredStatus.COMPLIANT,
                DeclaredStatus.ALIGNED, DeclaredStatus.NOT_APPLICABLE));

        private final Set<DeclaredStatus> statuses;

        Profile(Set<DeclaredStatus> statuses) {
            this.statuses = statuses;
        }

        public Set<DeclaredStatus> statuses() {
            return statuses;
        }
    }

    public boolean hasControl(String control) {
        return controls.contains(control);
    }

    /** The title of a control, as the standard gives it ("Use of cryptography" for A.8.24), if the catalogue has it. */
    public Optional<String> controlName(String control) {
        return Optional.ofNullable(controlNames.get(control));
    }

    /** A control as a reader recognises it: its id and title, "A.8.24 Use of cryptography", or the id alone. */
    public String controlLabel(String control) {
        return controlName(control).map(n -> control + " " + n).orElse(control);
    }

    /** The Annex A controls of a management-system standard (ISO 27001, ISO 42001); empty for other frameworks. */
    public List<String> annexA() {
        return controls.stream().filter(c -> c.startsWith("A.")).toList();
    }

    /**
     * The requirements a Statement of Applicability and the crosswalk go through: the Annex A controls of a
     * management-system standard, or every criterion of a framework without an annex (SOC 2).
     */
    public List<String> annexControls() {
        return profile == Profile.CERTIFICATE ? annexA() : controls;
    }
}
