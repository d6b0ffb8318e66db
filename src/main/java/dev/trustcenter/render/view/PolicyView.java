package dev.trustcenter.render.view;

import dev.trustcenter.render.Markdown;

import dev.trustcenter.model.Policy;
import dev.trustcenter.rules.PolicyStatus;
import java.util.Locale;

/**
 * A policy as its index row and page show it. The body of a policy is only ever read here for a public policy,
 * and a gated policy's summary is never read at all: their text cannot reach a template.
 */
public record PolicyView(String slug, String title, String summary, String version, String owner, DateView effective,
                         DateView lastReviewed, DateView reviewDue, StatusView review, String visibility,
                         String visibilityLabel, String bodyHtml, String href,
                         String requestHref) {

    /** The metadata of a policy, as the index and the request page list it: no body is rendered. */
    public static PolicyView row(PolicyStatus status, String root) {
        return of(status, null, root);
    }

    /** A policy with its page body: the full text of a public policy, rendered once. */
    public static PolicyView of(PolicyStatus status, Markdown markdown, String root) {
        Policy p = status.policy();
        String summary = p.visibility() == Policy.Visibility.GATED ? null : p.summary().orElse(null);
        String body = p.visibility() == Policy.Visibility.PUBLIC && markdown != null ? markdown.toHtml(p.body()) : null;
        String request = p.visibility() == Policy.Visibility.PUBLIC
                ? null : root + "request-access/index.html?policy=" + p.slug();
        return new PolicyView(p.slug(), p.title(), summary, p.version(), p.owner(), DateView.of(p.effective()),
                DateView.of(p.lastReviewed()), DateView.of(status.reviewDue()), review(status),
                p.visibility().name().toLowerCase(Locale.ROOT), visibilityLabel(p.visibility()), body,
                root + "policies/" + p.slug() + "/index.html", request);
    }

    static StatusView review(PolicyStatus status) {
        if (status.notYetEffective()) {
            return StatusView.of("not_yet_effective", "Effective " + DateView.words(status.policy().effective()),
                    Tone.INFO);
        }
        return status.overdue()
                ? StatusView.of("review_overdue", "Review overdue", Tone.WARN)
                : StatusView.of("reviewed", "Reviewed", Tone.GOOD);
    }

    private static String visibilityLabel(Policy.Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Full text";
            case SUMMARY -> "Summary; full text on request";
            case GATED -> "On request";
        };
    }
}
