package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A downloadable document (SPEC §2.5). Gated files live under private/ and are never published: a gated document
 * carries only its digest, taken from its file or, in builds without private/, from content/documents.lock.yaml.
 * A public document carries the bytes that will be published.
 */
public record Document(
        String id,
        String title,
        Access access,
        String file,
        Optional<LocalDate> updated,
        Optional<String> description,
        String sha256,
        long size,
        Optional<Integer> pages,
        DigestSource digestSource,
        Optional<Blob> content,
        Source source) {

    public enum Access { PUBLIC, GATED }

    /** Where the digest came from: the file itself, or the lock file when private/ is absent. */
    public enum DigestSource { FILE, LOCK }

    public Document {
        if (access == Access.GATED && content.isPresent()) {
            throw new IllegalArgumentException("a gated document never carries its bytes");
        }
    }

    public boolean gated() {
        return access == Access.GATED;
    }
}
