package dev.trustcenter.render.view;

import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Status;

/** The words a page shows for a status. Wording is render's; the languages work will move it to catalogues. */
public final class StatusWords {

    private StatusWords() {}

    public static String label(Status status) {
        return switch (status) {
            case CURRENT -> "Current";
            case EXPIRING_SOON -> "Expiring soon";
            case EXPIRED -> "Expired";
            case STALE -> "Stale";
            case SUSPENDED -> "Suspended";
            case WITHDRAWN -> "Withdrawn";
            case IN_PROGRESS -> "In progress";
            case PLANNED -> "Planned";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    /** The word on an entry's card: "Compliant" reads better than "Current" for a regulation. */
    public static String label(EntryStatus status) {
        if (status.status() == Status.CURRENT && status.entry().status() == DeclaredStatus.COMPLIANT) {
            return "Compliant";
        }
        if (status.status() == Status.CURRENT && status.entry().status() == DeclaredStatus.ALIGNED) {
            return "Aligned";
        }
        return label(status.status());
    }
}
