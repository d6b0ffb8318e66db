package dev.trustcenter.render.view;

import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Status;

/**
 * The words a page shows for a status, from the catalogue of the page's language. Machine-readable files
 * (trust.json, badges) use the English catalogue: they are language-neutral.
 */
public final class StatusWords {

    private StatusWords() {}

    public static String label(Status status, Messages m) {
        return m.label(status);
    }

    /** The word on an entry's card: "Compliant" reads better than "Current" for a regulation. */
    public static String label(EntryStatus status, Messages m) {
        if (status.status() == Status.CURRENT && status.entry().status() == DeclaredStatus.COMPLIANT) {
            return m.text("status.compliant");
        }
        if (status.status() == Status.CURRENT && status.entry().status() == DeclaredStatus.ALIGNED) {
            return m.text("status.aligned");
        }
        return label(status.status(), m);
    }
}
