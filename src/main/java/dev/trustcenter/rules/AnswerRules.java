package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Answer;

/** Findings about the answer library as of the build date: reviews that are due and evidence that has lapsed. */
final class AnswerRules {

    private AnswerRules() {}

    static void check(Posture posture, Diagnostics d) {
        int months = posture.content().config().thresholds().answerReviewMonths();
        for (AnswerStatus status : posture.answers()) {
            Answer answer = status.answer();
            for (EntryStatus lapsed : status.lapsedEvidence()) {
                d.warning("answer-evidence-lapsed", answer.source(), "The answer \"" + answer.id() + "\" cites "
                        + lapsed.entry().id() + ", but that " + lapsed.entry().framework().shortName() + " entry is "
                        + lapsed.status().id().replace('_', ' ') + " as of " + date(posture.asOf())
                        + ": the answer is marked \"evidence expired\" wherever it is shown.",
                        "Cite the current report or certificate, or renew it, and review the answer.");
            }
            if (status.reviewOverdue()) {
                d.warning("answer-review-overdue", answer.source(), "The answer \"" + answer.id() + "\" was last "
                        + "reviewed on " + date(answer.lastReviewed()) + "; reviews hold for "
                        + ControlRules.months(months) + ", until " + date(status.reviewDue()) + ".",
                        "Review it, then update last_reviewed; thresholds.answer_review_months sets how long a review "
                        + "holds.");
            }
        }
    }
}
