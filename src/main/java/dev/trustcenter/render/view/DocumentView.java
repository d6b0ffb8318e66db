package dev.trustcenter.render.view;

import dev.trustcenter.model.Document;
import java.util.Locale;

/** A document as pages list it. A gated document has no href: its bytes are never published. */
public record DocumentView(String id, String title, boolean gated, String href, DateView updated, String description,
                           String sha256, String size, String requestHref) {

    public static DocumentView of(Document d, String root) {
        String href = d.gated() ? null : root + "documents/" + d.file();
        String request = d.gated() ? root + "request-access/index.html?doc=" + d.id() : null;
        return new DocumentView(d.id(), d.title(), d.gated(), href, d.updated().map(DateView::of).orElse(null),
                d.description().orElse(null), d.sha256(), size(d.size()), request);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
