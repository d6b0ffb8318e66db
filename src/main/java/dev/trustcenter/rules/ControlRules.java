package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.DeclaredStatus;
import java.util.List;

/** Findings about controls as of the build date, and the Statement of Applicability of certified ISO entries. */
final class ControlRules {

    private ControlRules() {}

    static void check(Posture posture, Diagnostics d) {
        int maxAge = posture.content().config().thresholds().controlTestMaxAgeMonths();
        for (ControlStatus status : posture.controls()) {
            Control control = status.control();
            if (status.testOverdue()) {
                d.warning("control-test-overdue", control.source(), "The control \"" + control.id() + "\" was last "
                        + "tested on " + date(control.lastTested().orElseThrow()) + ", " + months(status.monthsSinceTest()
                        .orElseThrow()) + " ago; tests hold for " + maxAge + " months, until "
                        + date(status.testDue().orElseThrow()) + ".", "Test it again and update last_tested; the page "
                        + "says how long ago it was last tested.");
            }
            for (EntryStatus lapsed : status.lapsedEvidence()) {
                d.warning("control-evidence-lapsed", control.source(), "The control \"" + control.id() + "\" cites "
                        + lapsed.entry().id() + " as evidence, but that " + lapsed.entry().framework().shortName()
                        + " entry is " + lapsed.status().id().replace('_', ' ') + " as of " + date(posture.asOf())
                        + ": evidence that no longer holds.", "Cite the current report or certificate, or renew it; "
                        + "the page marks the evidence as lapsed.");
            }
            if (status.targetPassed()) {
                d.warning("control-target-passed", control.source(), "The control \"" + control.id() + "\" was "
                        + "planned for " + date(control.target().orElseThrow()) + ", which has passed.",
                        "Update its status if it is in place (with last_tested), or set a new target.");
            }
        }
        if (!posture.content().controls().isEmpty()) {
            statementGaps(posture, d);
        }
    }

    /**
     * ISO/IEC 27001 6.1.3 d): every Annex A control is either applied or excluded with a reason. A certified entry
     * whose Annex A control no applicable control addresses, and that its Statement does not exclude, has a gap.
     */
    private static void statementGaps(Posture posture, Diagnostics d) {
        for (EntryStatus status : posture.entries()) {
            ComplianceEntry entry = status.entry();
            if (entry.status() != DeclaredStatus.CERTIFIED || !(entry.details() instanceof ComplianceEntry.Certificate cert)
                    || entry.framework().annexA().isEmpty()) {
                continue;
            }
            var soa = cert.statementOfApplicability()
                    .orElse(new ComplianceEntry.StatementOfApplicability(false, List.of(), entry.source()));
            List<String> gaps = Crosswalk.statementOfApplicability(entry.framework(), posture.content().controls(), soa)
                    .requirements().stream().filter(r -> r.coverage() == Crosswalk.Coverage.NONE)
                    .map(Crosswalk.Requirement::id).toList();
            if (!gaps.isEmpty()) {
                d.warning("soa-gap", entry.source(), "The " + entry.framework().shortName() + " entry " + entry.id()
                        + " is certified, but " + gaps.size() + (gaps.size() == 1 ? " Annex A control is" : " Annex A "
                        + "controls are") + " neither addressed by a control nor excluded: "
                        + listed(gaps) + ".", "Map a control to "
                        + (gaps.size() == 1 ? "it" : "each") + " (maps_to: [" + entry.framework().id() + ":"
                        + gaps.get(0) + "]) or exclude it with its reason under "
                        + "statement_of_applicability.excluded.");
            }
        }
    }

    /** At most fifteen ids, then how many more: a finding stays readable with a whole Annex A missing. */
    static String listed(List<String> ids) {
        int shown = 15;
        return ids.size() <= shown ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
    }

    static String months(long months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
