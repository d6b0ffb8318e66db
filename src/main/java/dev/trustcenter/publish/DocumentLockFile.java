package dev.trustcenter.publish;

import dev.trustcenter.model.DocumentLock;
import dev.trustcenter.model.SiteLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.List;

/** Writes content/documents.lock.yaml: the digest of each gated file, for builds that run without private/. */
public final class DocumentLockFile {

    static final String HEADER = """
            # Written by trustcenter (build, check and grant) whenever private/ holds the gated files: their SHA-256,
            # size and page count. Commit it: builds without private/ (CI) publish these digests, and a build that
            # finds a different file in private/ stops. Replaced a report on purpose? Delete its entry, build again.
            """;

    /** One line of the file, in the order written. */
    record Entry(String id, String file, String sha256, long size, Integer pages) {}

    private DocumentLockFile() {}

    /**
     * Records a changed lock, saying so on {@code err}. A lock that cannot be written is reported and does not
     * stop the command: the build itself is still right, only the next build without private/ would lack it.
     */
    public static void record(SiteLayout layout, Optional<DocumentLock> update, PrintWriter err) {
        if (update.isEmpty()) {
            return;
        }
        try {
            write(layout, update.get());
            err.println("Recorded the digests of " + update.get().entries().size()
                    + " gated file(s) in content/documents.lock.yaml; commit it.");
        } catch (IOException e) {
            err.println("trustcenter: could not write content/documents.lock.yaml: " + e.getMessage());
        }
        err.flush();
    }

    public static void write(SiteLayout layout, DocumentLock lock) throws IOException {
        List<Entry> entries = lock.entries().stream()
                .map(e -> new Entry(e.id(), e.file(), e.sha256(), e.size(), e.pages().orElse(null)))
                .toList();
        YamlFiles.write(layout.documentsLock(), HEADER, entries);
    }
}
