package dev.trustcenter.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * content/documents.lock.yaml: what each gated document's file in private/ was when it was last seen, so that a
 * build without private/ (CI, where private/ is git-ignored) still publishes the digest the prospect can verify.
 * Kept sorted by document id, so the file only changes when a document does.
 */
public record DocumentLock(List<Entry> entries) {

    public DocumentLock {
        entries = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    public static DocumentLock empty() {
        return new DocumentLock(List.of());
    }

    /** One gated file as recorded: its document id, file name under private/, SHA-256, size and PDF page count. */
    public record Entry(String id, String file, String sha256, long size, Optional<Integer> pages, Source source) {

        /** The same facts, wherever they were written. */
        public boolean sameFacts(Entry other) {
            return id.equals(other.id) && file.equals(other.file) && sha256.equals(other.sha256) && size == other.size
                    && pages.equals(other.pages);
        }
    }

    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean sameFacts(DocumentLock other) {
        if (entries.size() != other.entries.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).sameFacts(other.entries.get(i))) {
                return false;
            }
        }
        return true;
    }
}
