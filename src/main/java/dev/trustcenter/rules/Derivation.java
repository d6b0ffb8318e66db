package dev.trustcenter.rules;

import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Obligation;
import dev.trustcenter.model.SiteConfig;
import java.util.TreeMap;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Notification;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteConfig.Thresholds;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The derive stage: every status of SPEC §2.2 as a plain function of the content and one as-of date. */
public final class Derivation {

    private Derivation() {}

    public static Posture derive(TrustCenter content, LocalDate asOf) {
        return derive(content, asOf, UnaryOperator.identity());
    }

    /**
     * As above, each policy's status passed through {@code same}, which may give back an equal status from an earlier
     * build (a session's), so that what was made from an unchanged policy is found again by reference.
     */
    public static Posture derive(TrustCenter content, LocalDate asOf, UnaryOperator<PolicyStatus> same) {
        Thresholds thresholds = content.config().thresholds();
        var entries = content.compliance().stream().map(e -> entry(e, asOf, thresholds)).toList();
        // By title, ignoring case, then slug; each title is lower-cased once, not at every comparison.
        record ByTitle(String title, PolicyStatus status) {}
        var policies = content.policies().stream()
                .map(p -> new ByTitle(p.title().toLowerCase(Locale.ROOT),
                        same.apply(policy(p, asOf, thresholds.policyReviewMonths()))))
                .sorted(Comparator.comparing(ByTitle::title).thenComparing(p -> p.status().policy().slug()))
                .map(ByTitle::status)
                .toList();
        var changes = content.subprocessors().changes().stream()
                .map(c -> change(c, asOf, content.subprocessors().noticePeriodDays()))
                .sorted(Comparator.comparing((ChangeNotice c) -> c.change().date()).reversed()
                        .thenComparing(c -> c.change().name()))
                .toList();
        var subprocessors = content.subprocessors().subprocessors().stream()
                .map(s -> subprocessor(s, content.subprocessors().changes(), asOf))
                .toList();
        EvidenceIndex evidence = EvidenceIndex.of(content, Set.of());
        Map<String, EntryStatus> entryById = new HashMap<>();
        entries.forEach(e -> entryById.putIfAbsent(e.entry().id(), e));
        var controls = content.controls().stream()
                .map(c -> control(c, asOf, thresholds.controlTestMaxAgeMonths(), evidence, entryById))
                .toList();
        List<Obligation> obligations = content.frameworks().find(AI_ACT).map(Framework::obligations).orElse(List.of());
        var aiSystems = content.aiSystems().stream()
                .map(s -> aiSystem(s, asOf, thresholds.aiEvaluationMaxAgeMonths(), obligations, subprocessors,
                        content.config().company()))
                .toList();
        var answers = content.answers().stream()
                .map(a -> answer(a, asOf, thresholds.answerReviewMonths(), evidence, entryById))
                .toList();
        return new Posture(content, asOf, entries, policies, changes, subprocessors, controls,
                Crosswalk.of(content.frameworks(), content.controls(), statementsOfApplicability(content)), aiSystems,
                answers);
    }

    /**
     * An answer as of a date: its review holds until last_reviewed plus {@code reviewMonths} and is overdue the day
     * after; its evidence has lapsed when a cited compliance entry is expired or stale.
     */
    public static AnswerStatus answer(Answer answer, LocalDate asOf, int reviewMonths, EvidenceIndex evidence,
                                      Map<String, EntryStatus> entries) {
        List<Evidence> cited = answer.evidence().stream()
                .flatMap(ref -> evidence.resolve(ref.id(), EvidenceIndex.ANSWER_EVIDENCE).stream())
                .toList();
        List<EntryStatus> lapsed = cited.stream().filter(e -> e.kind() == Evidence.Kind.ENTRY)
                .map(e -> entries.get(e.id())).filter(e -> e != null).filter(EntryStatus::lapsed).toList();
        LocalDate due = answer.lastReviewed().plusMonths(reviewMonths);
        return new AnswerStatus(answer, cited, lapsed, due, asOf.isAfter(due));
    }

    /** The catalogue id of the EU AI Act, whose obligations date the duties of every AI system. */
    public static final String AI_ACT = "eu-ai-act";

    /**
     * An AI system as of a date. A duty applies from its first day. Each model's provider is matched by name, ignoring
     * case, against the company (its own model) and the subprocessor list. The latest evaluation of each kind is
     * overdue once more than {@code maxAgeMonths} have passed (its last good day is its date plus the months); a
     * system in production without any evaluation has none to show.
     */
    public static AiSystemStatus aiSystem(AiSystem system, LocalDate asOf, int maxAgeMonths,
                                          List<Obligation> obligations, List<SubprocessorStatus> subprocessors,
                                          SiteConfig.Company company) {
        var duties = obligations.stream().filter(o -> o.bindsTo(system.euAiAct()))
                .sorted(Comparator.comparing(Obligation::appliesFrom))
                .map(o -> new AiSystemStatus.Duty(o, o.articlesFor(system.euAiAct().role()), o.appliesOn(asOf)))
                .toList();
        var providers = system.models().stream().map(m -> new AiSystemStatus.Provider(m, company.named(m.provider()),
                subprocessors.stream().filter(s -> s.subprocessor().name().strip().equalsIgnoreCase(m.provider().strip()))
                        .findFirst()))
                .toList();
        Map<String, AiSystem.Evaluation> latestByKind = new TreeMap<>();
        for (AiSystem.Evaluation e : system.evaluations()) {
            latestByKind.merge(e.kind().toLowerCase(Locale.ROOT), e, (a, b) -> b.date().isAfter(a.date()) ? b : a);
        }
        var overdue = latestByKind.values().stream()
                .filter(e -> asOf.isAfter(e.date().plusMonths(maxAgeMonths)))
                .toList();
        boolean missing = system.status() == AiSystem.Stage.IN_PRODUCTION && system.evaluations().isEmpty();
        return new AiSystemStatus(system, duties, providers, overdue, missing);
    }

    /**
     * A control as of a date: its last test is overdue once more than {@code maxAgeMonths} have passed (the last
     * day it holds is last_tested plus the months); its evidence has lapsed when a cited compliance entry is
     * expired or stale.
     */
    public static ControlStatus control(Control control, LocalDate asOf, int maxAgeMonths, EvidenceIndex evidence,
                                        Map<String, EntryStatus> entries) {
        Optional<LocalDate> due = control.lastTested().map(t -> t.plusMonths(maxAgeMonths));
        Optional<Long> months = control.lastTested().map(t -> ChronoUnit.MONTHS.between(t, asOf));
        boolean overdue = control.implementation().operating() && due.map(asOf::isAfter).orElse(false);
        List<Evidence> cited = control.evidence().stream()
                .flatMap(ref -> evidence.resolve(ref.id(), EvidenceIndex.CONTROL_EVIDENCE).stream())
                .toList();
        List<EntryStatus> lapsed = cited.stream().filter(e -> e.kind() == Evidence.Kind.ENTRY)
                .map(e -> entries.get(e.id())).filter(e -> e != null)
                .filter(EntryStatus::lapsed)
                .toList();
        boolean targetPassed = control.implementation() == Control.Implementation.PLANNED
                && control.target().map(asOf::isAfter).orElse(false);
        return new ControlStatus(control, due, months, overdue, cited, lapsed, targetPassed);
    }

    /** For each ISO framework, the Statement of Applicability of its first certificate entry that has one. */
    static Map<String, ComplianceEntry.StatementOfApplicability> statementsOfApplicability(TrustCenter content) {
        Map<String, ComplianceEntry.StatementOfApplicability> statements = new HashMap<>();
        for (ComplianceEntry entry : content.compliance()) {
            if (entry.details() instanceof Certificate cert) {
                cert.statementOfApplicability().ifPresent(soa -> statements.putIfAbsent(entry.framework().id(), soa));
            }
        }
        return statements;
    }

    /**
     * Whether a listed subprocessor is in use as of a date. It is upcoming while its {@code since} lies ahead, or,
     * without {@code since}, while an announced addition of that name lies ahead; it has ended from its
     * {@code until} on. An announced removal ahead is shown as the day it ends.
     */
    public static SubprocessorStatus subprocessor(Subprocessors.Subprocessor s, List<Subprocessors.Change> changes,
                                                  LocalDate asOf) {
        String name = s.name().strip().toLowerCase(Locale.ROOT);
        Optional<LocalDate> announcedStart = changes.stream()
                .filter(c -> c.action() == Subprocessors.Action.ADDED && c.date().isAfter(asOf)
                        && c.name().strip().toLowerCase(Locale.ROOT).equals(name))
                .map(Subprocessors.Change::date).min(Comparator.naturalOrder());
        Optional<LocalDate> starts = s.since().isPresent()
                ? s.since().filter(d -> d.isAfter(asOf))
                : announcedStart;
        Optional<LocalDate> announcedEnd = changes.stream()
                .filter(c -> c.action() == Subprocessors.Action.REMOVED && c.date().isAfter(asOf)
                        && c.name().strip().toLowerCase(Locale.ROOT).equals(name))
                .map(Subprocessors.Change::date).min(Comparator.naturalOrder());
        Optional<LocalDate> end = s.until().or(() -> announcedEnd);
        SubprocessorStatus.State state = starts.isPresent() ? SubprocessorStatus.State.UPCOMING
                : end.filter(d -> !d.isAfter(asOf)).isPresent() ? SubprocessorStatus.State.ENDED
                : SubprocessorStatus.State.CURRENT;
        return new SubprocessorStatus(s, state, starts, end.filter(d -> d.isAfter(asOf)));
    }

    public static EntryStatus entry(ComplianceEntry entry, LocalDate asOf, Thresholds thresholds) {
        DeclaredStatus declared = entry.status();
        if (declared == DeclaredStatus.PLANNED) {
            return plain(entry, Status.PLANNED);
        }
        if (declared == DeclaredStatus.IN_PROGRESS) {
            return plain(entry, Status.IN_PROGRESS);
        }
        if (declared == DeclaredStatus.NOT_APPLICABLE) {
            return plain(entry, Status.NOT_APPLICABLE);
        }
        if (entry.details() instanceof SocReport soc) {
            return socReport(entry, soc, asOf, thresholds.reportMaxAgeMonths());
        }
        if (entry.details() instanceof Certificate cert) {
            return certificate(entry, cert, asOf, thresholds.expiringSoonDays());
        }
        if (entry.details() instanceof DifcRegistration difc) {
            return notification(entry, difc.notification(), asOf, thresholds.expiringSoonDays());
        }
        return plain(entry, Status.CURRENT);
    }

    /**
     * A SOC report never expires, but buyers treat it as current for {@code maxAgeMonths} after the end of its
     * period (Type 2) or its as-of date (Type 1), not after the day it was issued. It is stale from the day after.
     */
    static EntryStatus socReport(ComplianceEntry entry, SocReport soc, LocalDate asOf, int maxAgeMonths) {
        LocalDate coverageEnd = soc.coverageEnd().orElseThrow();
        LocalDate currentUntil = coverageEnd.plusMonths(maxAgeMonths);
        Status status = asOf.isAfter(currentUntil) ? Status.STALE : Status.CURRENT;
        var bridge = soc.bridgeLetter().filter(b -> b.date().isAfter(coverageEnd));
        return new EntryStatus(entry, status, Optional.of(currentUntil), bridge, false);
    }

    /**
     * A certificate past its expiry date is expired whatever its declared status says. A certificate to a retired
     * edition (ISO/IEC 27001:2013 after 31 October 2025) lapses on the edition's last day if that comes first.
     */
    static EntryStatus certificate(ComplianceEntry entry, Certificate cert, LocalDate asOf, int expiringSoonDays) {
        LocalDate expires = cert.expires().orElseThrow();
        var cappedBy = cert.edition().flatMap(e -> entry.framework().retiredEdition(e))
                .filter(retired -> retired.validUntil().isBefore(cert.expires().orElseThrow()));
        if (cappedBy.isPresent()) {
            expires = cappedBy.get().validUntil();
        }
        if (asOf.isAfter(expires)) {
            return new EntryStatus(entry, Status.EXPIRED, Optional.of(expires), Optional.empty(),
                    entry.status() == DeclaredStatus.CERTIFIED, cappedBy);
        }
        Status status = switch (entry.status()) {
            case SUSPENDED -> Status.SUSPENDED;
            case WITHDRAWN -> Status.WITHDRAWN;
            default -> expiringOrCurrent(expires, asOf, expiringSoonDays);
        };
        return new EntryStatus(entry, status, Optional.of(expires), Optional.empty(), false, cappedBy);
    }

    /** DIFC DPL Art. 14: the notification to the Commissioner is renewed with the annual licence. */
    static EntryStatus notification(ComplianceEntry entry, Optional<Notification> notification, LocalDate asOf,
                                    int expiringSoonDays) {
        LocalDate expires = notification.orElseThrow().expires();
        if (asOf.isAfter(expires)) {
            return new EntryStatus(entry, Status.EXPIRED, Optional.of(expires), Optional.empty(), true);
        }
        return new EntryStatus(entry, expiringOrCurrent(expires, asOf, expiringSoonDays), Optional.of(expires),
                Optional.empty(), false);
    }

    /** Expiring soon when the expiry date is at most {@code expiringSoonDays} away (the expiry day itself still holds). */
    static Status expiringOrCurrent(LocalDate expires, LocalDate asOf, int expiringSoonDays) {
        return ChronoUnit.DAYS.between(asOf, expires) <= expiringSoonDays ? Status.EXPIRING_SOON : Status.CURRENT;
    }

    /** A policy is overdue for review once more than {@code reviewMonths} have passed since its last review. */
    public static PolicyStatus policy(Policy policy, LocalDate asOf, int reviewMonths) {
        LocalDate due = policy.lastReviewed().plusMonths(reviewMonths);
        return new PolicyStatus(policy, due, asOf.isAfter(due), policy.effective().isAfter(asOf));
    }

    /**
     * GDPR Art. 28(2): customers are told of an intended change and may object. The objection window is the
     * promised notice period counted from the announcement; without an announcement date, it is every day
     * before the change takes effect.
     */
    public static ChangeNotice change(Subprocessors.Change change, LocalDate asOf, int noticePeriodDays) {
        boolean upcoming = change.date().isAfter(asOf);
        Optional<Long> noticeDays = change.announced().map(a -> ChronoUnit.DAYS.between(a, change.date()));
        Optional<LocalDate> objectionsUntil = change.action() == Subprocessors.Action.REMOVED
                ? Optional.empty()
                : Optional.of(change.announced().map(a -> a.plusDays(noticePeriodDays))
                        .orElse(change.date().minusDays(1)));
        boolean shortNotice = change.action() != Subprocessors.Action.REMOVED
                && noticeDays.map(d -> d < noticePeriodDays).orElse(false);
        boolean effectiveBeforeObjectionsEnd = objectionsUntil.map(d -> !d.isBefore(change.date())).orElse(false);
        return new ChangeNotice(change, upcoming, objectionsUntil, noticeDays, noticePeriodDays, shortNotice,
                effectiveBeforeObjectionsEnd);
    }

    private static EntryStatus plain(ComplianceEntry entry, Status status) {
        return new EntryStatus(entry, status, Optional.empty(), Optional.empty(), false);
    }
}
