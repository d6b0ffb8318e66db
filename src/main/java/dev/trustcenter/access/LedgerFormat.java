package dev.trustcenter.access;

import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key names and order of grants/ledger.yaml and grants/index.yaml, as records Jackson writes (snake_case).
 * content.LedgerReader reads the same names; LedgerRoundTripTest keeps the two in step.
 */
final class LedgerFormat {

    private LedgerFormat() {}

    record Recipient(String name, String email) {}

    record Document(String id, String title, String file, String sha256) {}

    record Nda(String version, String sha256, String accepted, String agreement) {

        static Nda of(Grant g) {
            return new Nda(g.ndaVersion(), g.ndaSha256(), g.ndaAcceptance().yaml(), g.ndaAgreement().orElse(null));
        }
    }

    /** The NDA as the public index states it: which text, and how it is accepted; no names. */
    record IndexNda(String sha256, String accepted, String agreement) {}

    record Entry(String id, Recipient recipient, String company, List<Document> documents, Nda nda, String issued,
                 String expires, String issuedBy, String note, String revoked, String language) {

        static Entry of(Grant g) {
            return new Entry(g.id(), new Recipient(g.recipientName(), g.recipientEmail()), g.company(),
                    g.documents().stream().map(d -> new Document(d.id(), d.title(), d.file(), d.sha256())).toList(),
                    Nda.of(g), g.issued().toString(), g.expires().toString(), g.issuedBy(),
                    g.note().orElse(null), g.revoked().map(Object::toString).orElse(null), g.language().orElse(null));
        }
    }

    record IndexEntry(String id, String issued, String expires, String revoked, IndexNda nda, String language) {

        static IndexEntry of(PublishedGrant g) {
            return new IndexEntry(g.id(), g.issued().toString(), g.expires().toString(),
                    g.revoked().map(Object::toString).orElse(null),
                    g.ndaSha256().map(sha -> new IndexNda(sha, g.ndaAcceptance().yaml(), g.ndaAgreement().orElse(null)))
                            .orElse(null), g.language().orElse(null));
        }
    }

    /**
     * The index after a change: every grant it listed, updated from the ledger where the ledger has it, then the
     * ledger's grants it did not list yet, in the ledger's order.
     */
    static List<IndexEntry> index(List<PublishedGrant> index, List<Grant> ledger) {
        Map<String, PublishedGrant> byId = new LinkedHashMap<>();
        index.forEach(g -> byId.put(g.id(), g));
        ledger.forEach(g -> byId.put(g.id(), g.published(false)));
        List<IndexEntry> entries = new ArrayList<>();
        byId.values().forEach(g -> entries.add(IndexEntry.of(g)));
        return entries;
    }
}
