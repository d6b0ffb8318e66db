package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.ComplianceEntry.SurveillanceAudit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import dev.trustcenter.model.DeclaredStatus;

/** Warnings about reports, certificates and registrations as of the build date. */
final class ReportRules {

    /** Warn this many days before a SOC report goes stale, so the next one can be published in time. */
    static final int STALE_SOON_DAYS = 60;

    private ReportRules() {}

    static void check(Posture posture, Diagnostics d) {
        for (EntryStatus status : posture.entries()) {
            ComplianceEntry entry = status.entry();
            if (entry.details() instanceof SocReport && status.validUntil().isPresent()) {
                socReport(status, posture.asOf(), d);
            } else if (entry.details() instanceof Certificate cert && status.validUntil().isPresent()) {
                certificate(status, cert, posture.asOf(), d);
            } else if (entry.details() instanceof DifcRegistration && status.validUntil().isPresent()) {
                notification(status, d);
            }
        }
    }

    private static void socReport(EntryStatus status, LocalDate asOf, Diagnostics d) {
        ComplianceEntry entry = status.entry();
        LocalDate until = status.validUntil().orElseThrow();
        String name = entry.framework().shortName();
        if (status.status() == Status.STALE) {
            d.warning("soc-report-stale", entry.source(), "The " + name + " report has been stale since "
                    + date(until.plusDays(1)) + ": buyers treat a report as current for a limited time after its "
                    + "period ends.", "Publish the newer report, or a bridge letter, and update this entry.");
        } else if (ChronoUnit.DAYS.between(asOf, until) <= STALE_SOON_DAYS) {
            d.warning("soc-report-stale-soon", entry.source(), "The " + name + " report goes stale after "
                    + date(until) + ", in " + ChronoUnit.DAYS.between(asOf, until) + " days.",
                    "Plan the next report, or a bridge letter, before then.");
        }
    }

    private static void certificate(EntryStatus status, Certificate cert, LocalDate asOf, Diagnostics d) {
        ComplianceEntry entry = status.entry();
        String name = entry.framework().shortName();
        var retired = status.lapsedWithEdition();
        if (retired.isPresent()) {
            d.warning("certificate-edition-retired", entry.source(), "This " + name + " certificate names the "
                    + retired.get().edition() + " edition, whose certificates lost validity after "
                    + date(retired.get().validUntil()) + ". The page shows it as expired.",
                    "Record the certificate to the current edition once you have transitioned.");
        } else if (status.status() == Status.EXPIRED) {
            d.warning("certificate-expired", entry.source(), "The " + name + " certificate expired on "
                    + date(status.validUntil().orElseThrow()) + ". The page shows it as expired.",
                    "Record the renewed certificate's number and dates, or change the status.");
        } else if (status.status() == Status.EXPIRING_SOON) {
            d.warning("certificate-expiring", entry.source(), "The " + name + " certificate expires on "
                    + date(status.validUntil().orElseThrow()) + ", in "
                    + ChronoUnit.DAYS.between(asOf, status.validUntil().orElseThrow()) + " days.",
                    "Schedule the recertification audit, and record the new certificate when it is issued.");
        }
        surveillance(entry, cert, asOf, d);
    }

    /**
     * ISO/IEC 17021-1: surveillance audits fall in years 1 and 2 of a three-year cycle. Each certificate year that
     * has ended must show an audit dated within it.
     */
    private static void surveillance(ComplianceEntry entry, Certificate cert, LocalDate asOf, Diagnostics d) {
        if (cert.issued().isEmpty() || cert.expires().isEmpty() || notHeld(entry)) {
            return;
        }
        LocalDate issued = cert.issued().get();
        for (int year = 1; issued.plusYears(year).isBefore(cert.expires().get()); year++) {
            LocalDate anniversary = issued.plusYears(year);
            LocalDate start = issued.plusYears(year - 1);
            if (!asOf.isAfter(anniversary)) {
                break;
            }
            boolean audited = cert.surveillanceAudits().stream()
                    .map(SurveillanceAudit::date)
                    .anyMatch(date -> date.isAfter(start) && !date.isAfter(anniversary));
            if (!audited) {
                d.warning("surveillance-audit-missing", entry.source(), "No surveillance audit is recorded in the "
                        + "12 months before the certificate's anniversary on " + date(anniversary) + ".",
                        "Add it under surveillance_audits with its date and result.");
            }
        }
        for (SurveillanceAudit audit : cert.surveillanceAudits()) {
            if (audit.result().orElse(null) == ComplianceEntry.AuditResult.FAILED) {
                d.warning("surveillance-audit-failed", entry.source(), "The surveillance audit of " + date(audit.date())
                        + " is recorded as failed; a failed audit can lead to suspension or withdrawal.",
                        "Record the certification body's decision, and set status: suspended if it applies.");
            }
        }
    }

    /** Surveillance matters only while a certificate is held. */
    private static boolean notHeld(ComplianceEntry entry) {
        return entry.status() != DeclaredStatus.CERTIFIED;
    }

    private static void notification(EntryStatus status, Diagnostics d) {
        ComplianceEntry entry = status.entry();
        LocalDate expires = status.validUntil().orElseThrow();
        if (status.status() == Status.EXPIRED) {
            d.warning("difc-notification-expired", entry.source(), "The DIFC notification expired on " + date(expires)
                    + ". The page shows it as expired.", "Renew it with the Commissioner of Data Protection and record "
                    + "the new expiry date.");
        } else if (status.status() == Status.EXPIRING_SOON) {
            d.warning("difc-notification-expiring", entry.source(), "The DIFC notification expires on " + date(expires)
                    + ".", "Renew it with the annual licence, then record the new expiry date.");
        }
    }
}
