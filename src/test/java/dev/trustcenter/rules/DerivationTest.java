package dev.trustcenter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.BridgeLetter;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Notification;
import dev.trustcenter.model.ComplianceEntry.Period;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteConfig.Thresholds;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.TrustServicesCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every status of SPEC §2.2 on the day before, the day of and the day after its threshold. */
class DerivationTest {

    static final Thresholds THRESHOLDS = new Thresholds(12, 90, 12, 14);
    static final Source AT = new Source("content/compliance.yaml", 1, 3);
    static final Framework SOC2 = new Framework("soc2", "SOC 2", "SOC 2", Framework.Kind.ATTESTATION, "AICPA",
            Framework.Profile.SOC_REPORT, null, List.of(), List.of());
    static final Framework ISO = new Framework("iso27001", "ISO/IEC 27001:2022", "ISO 27001",
            Framework.Kind.CERTIFICATION, "ISO/IEC", Framework.Profile.CERTIFICATE, 3,
            List.of(new Framework.RetiredEdition("2013", LocalDate.parse("2025-10-31"), java.util.Map.of())), List.of());
    static final Framework DIFC = new Framework("difc-dpl-2020", "DIFC DPL", "DIFC DPL", Framework.Kind.REGULATION,
            "DIFC", Framework.Profile.DIFC, null, List.of(), List.of());

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static ComplianceEntry entry(Framework framework, DeclaredStatus status, ComplianceEntry.Details details) {
        return new ComplianceEntry("x", framework, status, Optional.empty(), List.of(), details, AT);
    }

    static ComplianceEntry type2(String periodEnd, Optional<BridgeLetter> bridge) {
        return entry(SOC2, DeclaredStatus.ISSUED, new SocReport(Optional.of(2),
                Optional.of(new Period(d(periodEnd).minusMonths(12).plusDays(1), d(periodEnd))), Optional.empty(),
                Optional.of(d(periodEnd).plusMonths(1)), Optional.of("Auditor LLP"),
                List.of(TrustServicesCategory.SECURITY), bridge, Optional.empty()));
    }

    static ComplianceEntry type1(String asOf) {
        return entry(SOC2, DeclaredStatus.ISSUED, new SocReport(Optional.of(1), Optional.empty(),
                Optional.of(d(asOf)), Optional.of(d(asOf).plusMonths(1)), Optional.of("Auditor LLP"),
                List.of(TrustServicesCategory.SECURITY), Optional.empty(), Optional.empty()));
    }

    static ComplianceEntry certificate(DeclaredStatus status, String expires) {
        return entry(ISO, status, new Certificate(Optional.of("IS 1"), Optional.of("BSI"), Optional.empty(),
                Optional.of(d(expires).minusYears(3)), Optional.of(d(expires)), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    static ComplianceEntry difc(String expires) {
        return entry(DIFC, DeclaredStatus.COMPLIANT, new DifcRegistration(
                Optional.of(new Notification("DP-1", Optional.empty(), d(expires))), Optional.empty(), false,
                List.of(), Optional.empty()));
    }

    static Status status(ComplianceEntry entry, String asOf) {
        return Derivation.entry(entry, d(asOf), THRESHOLDS).status();
    }

    @Nested
    class SocReports {

        @Test
        void type2IsCurrentForTwelveMonthsAfterThePeriodEndAndStaleTheDayAfter() {
            ComplianceEntry report = type2("2025-06-30", Optional.empty());
            assertEquals(Status.CURRENT, status(report, "2026-06-29"));
            assertEquals(Status.CURRENT, status(report, "2026-06-30"));
            assertEquals(Status.STALE, status(report, "2026-07-01"));
        }

        @Test
        void freshnessCountsFromThePeriodEndNotTheReportDate() {
            ComplianceEntry report = type2("2025-06-30", Optional.empty());
            assertEquals(Optional.of(d("2026-06-30")), Derivation.entry(report, d("2026-01-01"), THRESHOLDS).validUntil());
        }

        @Test
        void type1CountsFromItsAsOfDate() {
            ComplianceEntry report = type1("2025-09-15");
            assertEquals(Status.CURRENT, status(report, "2026-09-14"));
            assertEquals(Status.CURRENT, status(report, "2026-09-15"));
            assertEquals(Status.STALE, status(report, "2026-09-16"));
        }

        @Test
        void maxAgeComesFromTheThresholds() {
            ComplianceEntry report = type2("2025-06-30", Optional.empty());
            Thresholds six = new Thresholds(6, 90, 12, 14);
            assertEquals(Status.CURRENT, Derivation.entry(report, d("2025-12-30"), six).status());
            assertEquals(Status.STALE, Derivation.entry(report, d("2025-12-31"), six).status());
        }

        @Test
        void aBridgeLetterIsShownOnlyWhenDatedAfterThePeriodEnd() {
            var after = Optional.of(new BridgeLetter(d("2025-07-01"), Optional.empty()));
            var onTheEnd = Optional.of(new BridgeLetter(d("2025-06-30"), Optional.empty()));
            assertTrue(Derivation.entry(type2("2025-06-30", after), d("2025-10-01"), THRESHOLDS).bridgeLetter().isPresent());
            assertFalse(Derivation.entry(type2("2025-06-30", onTheEnd), d("2025-10-01"), THRESHOLDS).bridgeLetter().isPresent());
        }

        @Test
        void plannedAndInProgressAreNotDated() {
            var planned = entry(SOC2, DeclaredStatus.PLANNED, new SocReport(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
            assertEquals(Status.PLANNED, status(planned, "2026-01-01"));
            var underway = entry(SOC2, DeclaredStatus.IN_PROGRESS, planned.details());
            assertEquals(Status.IN_PROGRESS, status(underway, "2026-01-01"));
        }
    }

    @Nested
    class Certificates {

        @Test
        void currentUntilNinetyOneDaysBeforeExpiryThenExpiringSoon() {
            ComplianceEntry cert = certificate(DeclaredStatus.CERTIFIED, "2028-03-09");
            LocalDate expires = d("2028-03-09");
            assertEquals(Status.CURRENT, status(cert, expires.minusDays(91).toString()));
            assertEquals(Status.EXPIRING_SOON, status(cert, expires.minusDays(90).toString()));
            assertEquals(Status.EXPIRING_SOON, status(cert, expires.minusDays(89).toString()));
        }

        @Test
        void validOnItsExpiryDayAndExpiredTheDayAfter() {
            ComplianceEntry cert = certificate(DeclaredStatus.CERTIFIED, "2028-03-09");
            assertEquals(Status.EXPIRING_SOON, status(cert, "2028-03-08"));
            assertEquals(Status.EXPIRING_SOON, status(cert, "2028-03-09"));
            assertEquals(Status.EXPIRED, status(cert, "2028-03-10"));
        }

        @Test
        void expiredWhateverTheDeclaredStatusSaysAndThePageMustSaySo() {
            EntryStatus certified = Derivation.entry(certificate(DeclaredStatus.CERTIFIED, "2026-01-31"),
                    d("2026-02-01"), THRESHOLDS);
            assertEquals(Status.EXPIRED, certified.status());
            assertTrue(certified.overridesClaim());
            EntryStatus suspended = Derivation.entry(certificate(DeclaredStatus.SUSPENDED, "2026-01-31"),
                    d("2026-02-01"), THRESHOLDS);
            assertEquals(Status.EXPIRED, suspended.status());
            assertFalse(suspended.overridesClaim());
        }

        @Test
        void suspendedAndWithdrawnAreShownAsSuchWhileInDate() {
            assertEquals(Status.SUSPENDED, status(certificate(DeclaredStatus.SUSPENDED, "2028-03-09"), "2026-01-01"));
            assertEquals(Status.WITHDRAWN, status(certificate(DeclaredStatus.WITHDRAWN, "2028-03-09"), "2026-01-01"));
        }
    }

    @Nested
    class DifcNotifications {

        @Test
        void expiringWithinTheThresholdAndExpiredTheDayAfter() {
            ComplianceEntry entry = difc("2027-01-31");
            assertEquals(Status.CURRENT, status(entry, d("2027-01-31").minusDays(91).toString()));
            assertEquals(Status.EXPIRING_SOON, status(entry, d("2027-01-31").minusDays(90).toString()));
            assertEquals(Status.EXPIRING_SOON, status(entry, "2027-01-31"));
            assertEquals(Status.EXPIRED, status(entry, "2027-02-01"));
            assertTrue(Derivation.entry(entry, d("2027-02-01"), THRESHOLDS).overridesClaim());
        }

        @Test
        void compliantIsCurrentWhileTheNotificationHolds() {
            assertEquals(Status.CURRENT, Derivation.entry(difc("2027-01-31"), d("2026-01-01"), THRESHOLDS).status());
        }
    }

    @Nested
    class Policies {

        static Policy reviewed(String lastReviewed, String effective) {
            return new Policy("p", "P", Optional.empty(), "1", "CISO", d(effective), d(lastReviewed),
                    Policy.Visibility.PUBLIC, List.of(), "", AT, AT);
        }

        @Test
        void overdueTheDayAfterTheReviewPeriodEnds() {
            Policy policy = reviewed("2025-01-10", "2025-01-10");
            assertFalse(Derivation.policy(policy, d("2026-01-09"), 12).overdue());
            assertFalse(Derivation.policy(policy, d("2026-01-10"), 12).overdue());
            assertTrue(Derivation.policy(policy, d("2026-01-11"), 12).overdue());
            assertEquals(d("2026-01-10"), Derivation.policy(policy, d("2026-01-11"), 12).reviewDue());
        }

        @Test
        void notYetEffectiveUntilItsEffectiveDate() {
            Policy policy = reviewed("2026-01-01", "2026-03-01");
            assertTrue(Derivation.policy(policy, d("2026-02-28"), 12).notYetEffective());
            assertFalse(Derivation.policy(policy, d("2026-03-01"), 12).notYetEffective());
        }
    }

    @Nested
    class SubprocessorChanges {

        static Subprocessors.Change added(String date, String announced) {
            return new Subprocessors.Change(d(date), Optional.ofNullable(announced).map(LocalDate::parse),
                    Subprocessors.Action.ADDED, "Mistral AI SAS", Optional.empty(), AT);
        }

        @Test
        void upcomingUntilTheDayItTakesEffect() {
            var change = added("2026-12-15", "2026-11-10");
            assertTrue(Derivation.change(change, d("2026-12-14"), 30).upcoming());
            assertFalse(Derivation.change(change, d("2026-12-15"), 30).upcoming());
            assertFalse(Derivation.change(change, d("2026-12-16"), 30).upcoming());
        }

        @Test
        void objectionsRunForTheNoticePeriodFromTheAnnouncement() {
            ChangeNotice notice = Derivation.change(added("2026-12-15", "2026-11-10"), d("2026-11-22"), 30);
            assertEquals(Optional.of(d("2026-12-10")), notice.objectionsUntil());
            assertEquals(Optional.of(35L), notice.noticeDays());
            assertFalse(notice.shortNotice());
        }

        @Test
        void withoutAnAnnouncementObjectionsRunUntilTheDayBeforeTheChange() {
            ChangeNotice notice = Derivation.change(added("2026-12-15", null), d("2026-11-22"), 30);
            assertEquals(Optional.of(d("2026-12-14")), notice.objectionsUntil());
        }

        @Test
        void shortNoticeBelowTheNoticePeriodAndNotAtIt() {
            assertFalse(Derivation.change(added("2026-12-10", "2026-11-10"), d("2026-11-22"), 30).shortNotice());
            assertTrue(Derivation.change(added("2026-12-09", "2026-11-10"), d("2026-11-22"), 30).shortNotice());
        }

        @Test
        void aRemovalHasNoObjectionWindow() {
            var removal = new Subprocessors.Change(d("2026-12-15"), Optional.of(d("2026-12-01")),
                    Subprocessors.Action.REMOVED, "Old Co", Optional.empty(), AT);
            ChangeNotice notice = Derivation.change(removal, d("2026-11-22"), 30);
            assertTrue(notice.objectionsUntil().isEmpty());
            assertFalse(notice.shortNotice());
        }
    }
}
