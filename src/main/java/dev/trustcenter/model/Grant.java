package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
        LocalDate issued,
        LocalDate expires,
        String issuedBy,
        Optional<String> note,
        Optional<LocalDate> revoked,
        Source source) {

    /** A document as granted: its id and file name, and the SHA-256 of the original before watermarking. */
    public record GrantedDocument(String id, String title, String file, String sha256) {}

    public PublishedGrant.State state(LocalDate asOf) {
        return PublishedGrant.state(issued, expires, revoked, asOf);
    }

    public Grant revokedOn(LocalDate day) {
        return new Grant(id, recipientName, recipientEmail, company, documents, ndaVersion, ndaSha256, issued, expires,
                issuedBy, note, Optional.of(day), source);
    }

    /** What the public index says of this grant: no names. */
    public PublishedGrant published(boolean bundleStored) {
        return new PublishedGrant(id, issued, expires, revoked, bundleStored, source);
    }
}
