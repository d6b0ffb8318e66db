package dev.trustcenter.rules;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.FrameworkCatalogue;
import dev.trustcenter.model.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The self-assessed mapping of the company's controls onto the requirements of SOC 2, ISO/IEC 27001 Annex A and
 * ISO/IEC 42001 Annex A: for each requirement, the controls that address it and how far the best of them is in
 * place. It is derived from the controls' own {@code maps_to}, never from an auditor.
 */
public record Crosswalk(List<Column> columns) {

    /** The frameworks the crosswalk sets side by side, in this order, when the catalogue has them. */
    public static final List<String> FRAMEWORKS = List.of("soc2", "iso27001", "iso42001");

    /**
     * How a requirement is addressed, best first: by an implemented control, only by partial ones, only by planned
     * ones, excluded by the Statement of Applicability, or by nothing.
     */
    public enum Coverage {
        IMPLEMENTED, PARTIAL, PLANNED, EXCLUDED, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Coverage of(Control.Implementation implementation) {
            return switch (implementation) {
                case IMPLEMENTED -> IMPLEMENTED;
                case PARTIAL -> PARTIAL;
                case PLANNED -> PLANNED;
                case NOT_APPLICABLE -> NONE;
            };
        }
    }

    /** One requirement: the controls that address it (not-applicable controls never do) and its coverage. */
    public record Requirement(String id, Optional<String> name, Coverage coverage, List<Control> controls,
                              Optional<ComplianceEntry.Exclusion> exclusion) {}

    public record Column(Framework framework, List<Requirement> requirements) {

        public long count(Coverage coverage) {
            return requirements.stream().filter(r -> r.coverage() == coverage).count();
        }

        public Map<Coverage, Long> counts() {
            Map<Coverage, Long> counts = new EnumMap<>(Coverage.class);
            for (Coverage c : Coverage.values()) {
                counts.put(c, count(c));
            }
            return counts;
        }

        public Optional<Requirement> requirement(String id) {
            return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
        }
    }

    public Optional<Column> column(String framework) {
        return columns.stream().filter(c -> c.framework().id().equals(framework)).findFirst();
    }

    /**
     * Builds the crosswalk in one pass over the controls' mappings.
     *
     * @param statements the Statement of Applicability of each framework, if an entry has one
     */
    static Crosswalk of(FrameworkCatalogue catalogue, List<Control> controls,
                        Map<String, ComplianceEntry.StatementOfApplicability> statements) {
        Map<String, List<Control>> byRequirement = index(controls);
        List<Column> columns = new ArrayList<>();
        for (String id : FRAMEWORKS) {
            catalogue.find(id).filter(f -> !f.annexControls().isEmpty()).ifPresent(framework ->
                    columns.add(column(framework, byRequirement, Optional.ofNullable(statements.get(id)))));
        }
        return new Crosswalk(List.copyOf(columns));
    }

    /** The Statement of Applicability of one certificate: every Annex A control, applicable or excluded. */
    public static Column statementOfApplicability(Framework framework, List<Control> controls,
                                                  ComplianceEntry.StatementOfApplicability soa) {
        return column(framework, index(controls), Optional.of(soa));
    }

    /** Every requirement of a framework's annex, with the controls that address it and its Statement's exclusions. */
    static Column column(Framework framework, Map<String, List<Control>> byRequirement,
                         Optional<ComplianceEntry.StatementOfApplicability> soa) {
        List<Requirement> requirements = new ArrayList<>();
        for (String requirement : framework.annexControls()) {
            List<Control> addressing = byRequirement.getOrDefault(framework.id() + ":" + requirement, List.of());
            Optional<ComplianceEntry.Exclusion> exclusion = soa.flatMap(s -> s.exclusion(requirement));
            Coverage coverage = best(addressing);
            if (coverage == Coverage.NONE && exclusion.isPresent()) {
                coverage = Coverage.EXCLUDED;
            }
            requirements.add(new Requirement(requirement, framework.controlName(requirement), coverage, addressing,
                    exclusion));
        }
        return new Column(framework, List.copyOf(requirements));
    }

    /** The frameworks in the catalogue that any control maps to, in id order. */
    public static List<String> mappedFrameworks(List<Control> controls, FrameworkCatalogue catalogue) {
        return controls.stream().flatMap(c -> c.mapsTo().stream()).map(Policy.ControlRef::framework).distinct()
                .sorted().filter(id -> catalogue.find(id).isPresent()).toList();
    }

    /** "iso27001:A.8.24" to the controls that map to it and apply (never a not-applicable one), in file order. */
    public static Map<String, List<Control>> index(List<Control> controls) {
        Map<String, List<Control>> index = new HashMap<>();
        for (Control control : controls) {
            if (control.implementation() == Control.Implementation.NOT_APPLICABLE) {
                continue;
            }
            for (Policy.ControlRef ref : control.mapsTo()) {
                List<Control> list = index.computeIfAbsent(ref.toString(), k -> new ArrayList<>());
                // A control that names a requirement twice is listed once. Controls come in file order, so a
                // repeat can only be the last one added: no search, and no comparing of whole records.
                if (list.isEmpty() || list.get(list.size() - 1) != control) {
                    list.add(control);
                }
            }
        }
        return index;
    }

    /** The best coverage among controls: one implemented control makes a requirement implemented. */
    public static Coverage best(Collection<Control> controls) {
        Coverage best = Coverage.NONE;
        for (Control control : controls) {
            Coverage c = Coverage.of(control.implementation());
            if (c.ordinal() < best.ordinal()) {
                best = c;
            }
        }
        return best;
    }
}
