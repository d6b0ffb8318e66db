package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * One access grant from grants/ledger.yaml: who received which confidential documents, under which NDA, until
 * when. The key that opens the grant's bundle is in no file: only in the link given to the recipient.
 */
public record Grant(
        String id,
        String recipientName,
        String recipientEmail,
        String company,
        List<GrantedDocument> documents,
        String ndaVersion,
        String ndaSha256,
        NdaAcceptance ndaAcceptance,
        Optional<String> ndaAgreement,
        LocalDate issued,
        LocalDate expires,
        String issuedBy,
        Optional<String> note,
        Optional<LocalDate> revoked,
        Optional<String> language,
        Source source) {

    /**
     * How the recipient accepted the NDA: in the viewer before the files open (the default, for a grant sales
     * made without a request), with the request form, or not needed because an agreement already covers them
     * (then {@code ndaAgreement} names it, such as "MNDA 2025-03-01").
     */
    public enum NdaAcceptance {
        VIEWER, REQUEST, AGREEMENT;

        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A document as granted: its id and file name, and the SHA-256 of the original before watermarking. */
    public record GrantedDocument(String id, String title, String file, String sha256) {}

    public PublishedGrant.State state(LocalDate asOf) {
        return PublishedGrant.state(issued, expires, revoked, asOf);
    }

    public Grant revokedOn(LocalDate day) {
        return new Grant(id, recipientName, recipientEmail, company, documents, ndaVersion, ndaSha256, ndaAcceptance,
                ndaAgreement, issued, expires, issuedBy, note, Optional.of(day), language, source);
    }

    /** What the public index says of this grant: no names. */
    public PublishedGrant published(boolean bundleStored) {
        return new PublishedGrant(id, issued, expires, revoked, Optional.of(ndaSha256), ndaAcceptance, ndaAgreement,
                bundleStored, language, source);
    }
}
