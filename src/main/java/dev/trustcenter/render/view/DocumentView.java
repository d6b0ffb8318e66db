package dev.trustcenter.render.view;

import dev.trustcenter.render.EntryText;
import dev.trustcenter.model.Document;
import dev.trustcenter.render.i18n.Messages;

/** A document as pages list it. A gated document has no href: its bytes are never published. */
public record DocumentView(String id, String title, boolean gated, String href, DateView updated, String description,
                           String sha256, String size, String requestHref, String lang, String dir) {

    /**
     * @param root a page's prefix to its language's root, for the request page
     * @param up   from the language's root to the site's, where the documents are: "" or "../"
     */
    public static DocumentView of(Document d, String root, String up, Messages m, EntryText text) {
        String href = d.gated() ? null : root + up + "documents/" + d.file();
        String request = d.gated() ? root + "request-access/index.html?doc=" + d.id() : null;
        return new DocumentView(d.id(), text.text("title", d.title()), d.gated(), href,
                d.updated().map(m::dateView).orElse(null), text.text("description", d.description().orElse(null)),
                d.sha256(), size(d.size(), m), request, text.lang(), text.dir());
    }

    static String size(long bytes, Messages m) {
        if (bytes < 1024) {
            return m.text("size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return m.text("size.kb", Math.round(bytes / 1024.0));
        }
        return m.text("size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }
}
