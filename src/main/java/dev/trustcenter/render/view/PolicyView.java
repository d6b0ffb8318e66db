package dev.trustcenter.render.view;

import dev.trustcenter.render.Localized;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.TranslationNote;
import dev.trustcenter.render.i18n.Messages;

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
                         String requestHref, String lang, String dir, TranslationNote translation) {

    /** The metadata of a policy, as the index and the request page list it: no body is rendered. */
    public static PolicyView row(PolicyStatus status, String root, Messages m, Localized text) {
        return of(status, null, root, m, text);
    }

    /** A policy with its page body: the full text of a public policy, rendered once. */
    /**
     * @param text the policy's words in the page's language; what may be published is decided here, from the
     *             source's visibility, never from the translation
     */
    public static PolicyView of(PolicyStatus status, Markdown markdown, String root, Messages m, Localized text) {
        Policy p = status.policy();
        String summary = p.visibility() == Policy.Visibility.GATED ? null : text.summary().orElse(null);
        String body = p.visibility() == Policy.Visibility.PUBLIC && markdown != null ? markdown.toHtml(text.body()) : null;
        String request = p.visibility() == Policy.Visibility.PUBLIC
                ? null : root + "request-access/index.html?policy=" + p.slug();
        return new PolicyView(p.slug(), text.title(), summary, p.version(), p.owner(), m.dateView(p.effective()),
                m.dateView(p.lastReviewed()), m.dateView(status.reviewDue()), review(status, m),
                p.visibility().name().toLowerCase(Locale.ROOT), m.label(p.visibility()), body,
                root + "policies/" + p.slug() + "/index.html", request, text.lang(), text.dir(),
                p.visibility() == Policy.Visibility.GATED ? null : text.note());
    }

    static StatusView review(PolicyStatus status, Messages m) {
        if (status.notYetEffective()) {
            return StatusView.of("not_yet_effective", m.text("policy.effectiveOn", status.policy().effective()),
                    Tone.INFO);
        }
        return status.overdue()
                ? StatusView.of("review_overdue", m.text("policy.reviewOverdue"), Tone.WARN)
                : StatusView.of("reviewed", m.text("policy.reviewed"), Tone.GOOD);
    }
}
