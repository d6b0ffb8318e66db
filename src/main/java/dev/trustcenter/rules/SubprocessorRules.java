package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.Subprocessors.Change;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The change log against its promises (GDPR Art. 28(2) notice) and against the list itself. */
final class SubprocessorRules {

    private SubprocessorRules() {}

    static void check(Posture posture, Diagnostics d) {
        int notice = posture.content().subprocessors().noticePeriodDays();
        for (ChangeNotice change : posture.changes()) {
            if (change.shortNotice()) {
                Change c = change.change();
                d.warning("subprocessor-short-notice", c.source(), "The change for \"" + c.name() + "\" was announced on "
                        + date(c.announced().orElseThrow()) + ", " + change.noticeDays().orElseThrow()
                        + " days before it takes effect, less than the " + notice + " days promised.",
                        "Move the effective date to " + date(c.announced().orElseThrow().plusDays(notice))
                                + " or later, or record the customers' agreement to shorter notice.");
            }
        }
        contradictions(posture.content().subprocessors(), posture.subprocessors(), posture.asOf(), d);
        dueSoon(posture, d);
    }

    /**
     * A change that takes effect within the warning period but is not reflected in the list yet. On its effective
     * date it becomes a contradiction, an error; this warns first, so the daily build does not break unannounced.
     */
    static void dueSoon(Posture posture, Diagnostics d) {
        LocalDate asOf = posture.asOf();
        LocalDate horizon = asOf.plusDays(posture.content().config().thresholds().subprocessorChangeWarningDays());
        for (ChangeNotice notice : posture.changes()) {
            Change c = notice.change();
            if (!c.date().isAfter(asOf) || c.date().isAfter(horizon)) {
                continue;
            }
            var listed = posture.subprocessors().stream().filter(s -> key(s.subprocessor().name()).equals(key(c.name())))
                    .findFirst();
            if (c.action() == Subprocessors.Action.ADDED && listed.isEmpty()) {
                d.warning("subprocessor-change-due", c.source(), "\"" + c.name() + "\" is added on " + date(c.date())
                        + ", but it is not in the subprocessor list; from that day the build fails.",
                        "Add it under subprocessors: now, with since: " + c.date() + "; until then it is shown as "
                                + "upcoming, not as in use.");
            } else if (c.action() == Subprocessors.Action.REMOVED && listed.isPresent()
                    && listed.get().subprocessor().until().filter(u -> !u.isAfter(c.date())).isEmpty()) {
                d.warning("subprocessor-change-due", c.source(), "\"" + c.name() + "\" is removed on " + date(c.date())
                        + ", but the subprocessor list does not say so; from that day the build fails.",
                        "Add until: " + c.date() + " to its entry now; it stays in use until then.");
            }
        }
    }

    /** The latest change in effect for each name must agree with the list: added means listed, removed means not. */
    static void contradictions(Subprocessors list, List<SubprocessorStatus> statuses, LocalDate asOf, Diagnostics d) {
        Set<String> listed = statuses.stream().filter(s -> s.state() != SubprocessorStatus.State.ENDED)
                .map(s -> key(s.subprocessor().name())).collect(Collectors.toSet());
        Map<String, Change> latest = new LinkedHashMap<>();
        list.changes().stream()
                .filter(c -> !c.date().isAfter(asOf))
                .sorted(Comparator.comparing(Change::date))
                .forEach(c -> latest.put(key(c.name()), c));
        for (Change c : latest.values().stream().sorted(Comparator.comparing(Change::date)).toList()) {
            boolean isListed = listed.contains(key(c.name()));
            if (c.action() == Subprocessors.Action.REMOVED && isListed) {
                d.error("subprocessor-list-contradiction", c.source(), "\"" + c.name() + "\" was removed on "
                        + date(c.date()) + " but is still in the subprocessor list.",
                        "Delete it from subprocessors:, or correct the change.");
            } else if (c.action() == Subprocessors.Action.ADDED && !isListed) {
                d.error("subprocessor-list-contradiction", c.source(), "\"" + c.name() + "\" was added on "
                        + date(c.date()) + " but is missing from the subprocessor list.",
                        "Add it under subprocessors: with the same name, or correct the change.");
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
