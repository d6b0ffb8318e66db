package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;

/** Warnings about policy reviews and effective dates. */
final class PolicyRules {

    private PolicyRules() {}

    static void check(Posture posture, int reviewMonths, Diagnostics d) {
        for (PolicyStatus status : posture.policies()) {
            var policy = status.policy();
            if (status.overdue()) {
                d.warning("policy-review-overdue", policy.source(), "\"" + policy.title() + "\" was last reviewed on "
                        + date(policy.lastReviewed()) + " and was due for review by " + date(status.reviewDue())
                        + " (every " + reviewMonths + " months).", "Review it, then update last_reviewed (and version, "
                        + "if it changed).");
            }
            if (status.notYetEffective()) {
                d.warning("policy-not-yet-effective", policy.source(), "\"" + policy.title() + "\" takes effect on "
                        + date(policy.effective()) + ", after the date this site is built as of.",
                        "Check the effective date; the page marks the policy as not yet effective.");
            }
        }
    }
}
