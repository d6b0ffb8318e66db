package dev.trustcenter.rules;

import dev.trustcenter.diagnostics.Diagnostics;

/**
 * The rules that need a date: findings about the posture as of the build. Most are warnings, because the page
 * still tells the truth (an expired certificate is shown as expired); {@code --strict} turns them into errors.
 * A few are errors because publishing would state something false, such as a removed subprocessor still listed.
 */
public final class Lint {

    private Lint() {}

    public static Diagnostics check(Posture posture) {
        Diagnostics d = new Diagnostics();
        ReportRules.check(posture, d);
        PolicyRules.check(posture, posture.content().config().thresholds().policyReviewMonths(), d);
        SubprocessorRules.check(posture, d);
        ControlRules.check(posture, d);
        AiRules.check(posture, d);
        AnswerRules.check(posture, d);
        PublishingRules.check(posture.content(), posture.asOf(), d);
        return d;
    }
}
