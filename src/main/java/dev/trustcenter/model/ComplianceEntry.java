package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One entry of compliance.yaml: a report, certificate or regulatory posture (SPEC §2.2). */
public record ComplianceEntry(
        String id,
        Framework framework,
        DeclaredStatus status,
        Optional<String> summary,
        List<String> documents,
        Details details,
        Source source) {

    /** The facts that depend on the framework's profile. */
    public sealed interface Details permits SocReport, Certificate, DifcRegistration, AiActPosture, Posture {}

    public record Period(LocalDate start, LocalDate end) {}

    public record BridgeLetter(LocalDate date, Optional<String> document) {}

    /** SOC 2 or SOC 3: a Type 1 report holds as of one date, a Type 2 over an observation period. */
    public record SocReport(
            Optional<Integer> type,
            Optional<Period> period,
            Optional<LocalDate> asOf,
            Optional<LocalDate> reportDate,
            Optional<String> auditor,
            List<TrustServicesCategory> criteria,
            Optional<BridgeLetter> bridgeLetter,
            Optional<LocalDate> target,
            Optional<Opinion> opinion,
            Optional<Integer> exceptions,
            List<SubserviceOrganization> subserviceOrganizations) implements Details {

        public SocReport(Optional<Integer> type, Optional<Period> period, Optional<LocalDate> asOf,
                         Optional<LocalDate> reportDate, Optional<String> auditor, List<TrustServicesCategory> criteria,
                         Optional<BridgeLetter> bridgeLetter, Optional<LocalDate> target) {
            this(type, period, asOf, reportDate, auditor, criteria, bridgeLetter, target, Optional.empty(),
                    Optional.empty(), List.of());
        }

        /** The date the report speaks to: the period end for Type 2, the as-of date for Type 1. */
        public Optional<LocalDate> coverageEnd() {
            return type.flatMap(t -> t == 2 ? period.map(Period::end) : asOf);
        }
    }

    /** The auditor's opinion on a SOC report (AICPA AT-C 205): what a buyer reads first. */
    public enum Opinion {
        UNQUALIFIED, QUALIFIED, ADVERSE, DISCLAIMER;

        /** Anything but an unqualified opinion says the controls did not fully meet the criteria. */
        public boolean modified() {
            return this != UNQUALIFIED;
        }
    }

    /**
     * A subservice organization of a SOC report: carved out (its controls are outside the report, covered by its
     * own) or inclusive (its controls are in the report).
     */
    public record SubserviceOrganization(String name, SubserviceMethod method, Source source) {}

    public enum SubserviceMethod { CARVE_OUT, INCLUSIVE }

    /**
     * An ISO certificate's Statement of Applicability (ISO/IEC 27001 6.1.3 d): every Annex A control is applicable
     * unless excluded here, with the reason.
     */
    public record StatementOfApplicability(boolean publish, List<Exclusion> excluded, Source source) {

        public Optional<Exclusion> exclusion(String control) {
            return excluded.stream().filter(e -> e.control().equals(control)).findFirst();
        }
    }

    public record Exclusion(String control, String reason, Source source) {}

    public record SurveillanceAudit(LocalDate date, Optional<AuditResult> result) {}

    public enum AuditResult { PASSED, FAILED }

    /** An ISO-style management-system certificate. */
    public record Certificate(
            Optional<String> certificateNumber,
            Optional<String> certificationBody,
            Optional<String> accreditationBody,
            Optional<LocalDate> issued,
            Optional<LocalDate> expires,
            List<SurveillanceAudit> surveillanceAudits,
            Optional<String> scope,
            Optional<String> edition,
            Optional<LocalDate> target,
            Optional<StatementOfApplicability> statementOfApplicability) implements Details {

        public Certificate(Optional<String> certificateNumber, Optional<String> certificationBody,
                           Optional<String> accreditationBody, Optional<LocalDate> issued, Optional<LocalDate> expires,
                           List<SurveillanceAudit> surveillanceAudits, Optional<String> scope, Optional<String> edition,
                           Optional<LocalDate> target) {
            this(certificateNumber, certificationBody, accreditationBody, issued, expires, surveillanceAudits, scope,
                    edition, target, Optional.empty());
        }
    }

    public record Notification(String number, Optional<LocalDate> renewed, LocalDate expires) {}

    public record Dpo(String name, Optional<String> email) {}

    public record Transfer(TransferMechanism mechanism, List<Country> destinations) {}

    /** DIFC Data Protection Law No. 5 of 2020: notification to the Commissioner, DPO, transfers. */
    public record DifcRegistration(
            Optional<Notification> notification,
            Optional<Dpo> dpo,
            boolean highRiskProcessing,
            List<Transfer> transfers,
            Optional<String> breachNotification) implements Details {}

    public enum AiRole { PROVIDER, DEPLOYER, IMPORTER, DISTRIBUTOR, AUTHORISED_REPRESENTATIVE }

    public enum RiskTier { PROHIBITED, HIGH, LIMITED, MINIMAL, GPAI }

    /** EU AI Act: the role the company plays and the risk tier of its systems. */
    public record AiActPosture(Optional<AiRole> role, Optional<RiskTier> riskTier, Optional<LocalDate> target)
            implements Details {}

    /** A regulation or framework described as given: GDPR, HIPAA, NIST AI RMF… */
    public record Posture(Optional<String> scope, Optional<LocalDate> updated, Optional<LocalDate> target)
            implements Details {}
}
