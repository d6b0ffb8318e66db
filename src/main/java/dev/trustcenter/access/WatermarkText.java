package dev.trustcenter.access;

import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;

/**
 * What is stamped on every page of a granted PDF: a diagonal line naming the recipient, their company and the grant,
 * and a footer that adds their email, the publisher and the NDA version.
 */
record WatermarkText(String diagonal, String footer) {

    static WatermarkText of(TrustCenter site, String name, String email, String company, String grantId,
                            LocalDate day) {
        String diagonal = "Confidential — " + name + " (" + company + ") — grant " + grantId + " — " + day;
        String footer = "Provided to " + name + " <" + email + "> of " + company + " by "
                + site.config().company().name() + " under NDA version " + site.nda().version() + ", grant " + grantId
                + ", " + day + ". Do not redistribute.";
        return new WatermarkText(diagonal, footer);
    }
}
