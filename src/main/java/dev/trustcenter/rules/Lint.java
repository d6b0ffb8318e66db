package dev.trustcenter.rules;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;

/**
 * Warnings: findings that do not stop a build, because the page still tells the truth, but that a publisher
 * should act on. {@code --strict} turns them into errors.
 */
public final class Lint {

    private Lint() {}

    public static Diagnostics check(TrustCenter site) {
        Diagnostics d = new Diagnostics();
        builtInNda(site, d);
        return d;
    }

    /** SPEC §2.6: without content/nda.md, requesters accept the built-in NDA, which counsel should review. */
    static void builtInNda(TrustCenter site, Diagnostics d) {
        boolean requestable = site.documents().stream().anyMatch(doc -> doc.gated())
                || site.policies().stream().anyMatch(p -> p.visibility() != dev.trustcenter.model.Policy.Visibility.PUBLIC);
        if (site.nda().builtIn() && requestable) {
            d.warning("builtin-nda", Source.file("content/nda.md"),
                    "There is no content/nda.md, so requesters accept trustcenter's built-in plain-language NDA.",
                    "Have your counsel review it, or add content/nda.md with your own NDA "
                            + "(front matter: title and version).");
        }
    }
}
