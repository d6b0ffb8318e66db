package dev.trustcenter.content;

import dev.trustcenter.content.ContentFiles.Area;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.DocumentLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads documents.yaml (SPEC §2.5). A public document's bytes are loaded with their SHA-256, so what is published
 * is what the page describes. A gated document is hashed from its file in private/ when present, and otherwise
 * from content/documents.lock.yaml, so CI builds without private/; when both exist they must agree.
 */
final class DocumentsReader {

    /** The documents, and the lock entries of the gated files that were present, to record. */
    /**
     * @param declared the id of every document documents.yaml lists, loaded or not, so that references to one
     *                 that failed to load are not reported a second time
     */
    record Read(List<Document> documents, List<DocumentLock.Entry> seen, List<String> declared) {}

    private DocumentsReader() {}

    static Read read(YamlNode root, ContentFiles files, DocumentLock lock, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "documents.yaml should be a list of documents, each starting with \"- id:\".",
                    "See the example content/documents.yaml.");
            return new Read(List.of(), List.of(), List.of());
        }
        List<Document> documents = new ArrayList<>();
        List<DocumentLock.Entry> seen = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping mapping && mapping.fields().get("id") != null
                    && mapping.fields().get("id").value() instanceof YamlNode.Scalar id) {
                declared.add(id.text().strip());
            }
            MappingReader.of(item, "a document", diagnostics).flatMap(r -> document(r, files, lock, seen))
                    .ifPresent(documents::add);
        }
        return new Read(List.copyOf(documents), List.copyOf(seen), List.copyOf(declared));
    }

    private static Optional<Document> document(MappingReader r, ContentFiles files, DocumentLock lock,
                                               List<DocumentLock.Entry> seen) {
        r.allow("translations");   // read by EntryTranslationsReader
        String id = ComplianceReader.slug(r, "id");
        MappingReader d = id == null ? r : r.named("the document \"" + id + "\"");
        String title = d.requiredText("title");
        Document.Access access = d.requiredChoice("access", Document.Access.class);
        String file = d.requiredText("file");
        var updated = d.date("updated");
        var description = d.text("description");
        d.finish();
        if (id == null || title == null || access == null || file == null) {
            return Optional.empty();
        }
        if (file.startsWith("/") || file.contains("\\") || Path.of(file).normalize().startsWith("..") || file.contains("../")) {
            d.error("bad-path", "file", "\"" + file + "\" must be a file name inside its folder.",
                    "Write the name relative to " + folder(access) + ", without \"..\" or a leading \"/\".");
            return Optional.empty();
        }
        Path path = location(files, access, file);
        if (access == Document.Access.PUBLIC) {
            if (!files.exists(path)) {
                d.error("document-file-missing", "file", "The file for \"" + id + "\" is missing: "
                        + files.display(path) + ".", "Put the file at " + files.display(path)
                        + ", or correct \"file\". Public files live under content/documents/.");
                return Optional.empty();
            }
            return files.readBlob(path, Area.PUBLISHED, r.diagnostics()).map(blob -> new Document(id, title, access,
                    file, updated, description, blob.sha256Hex(), blob.size(), Optional.empty(),
                    Document.DigestSource.FILE, Optional.of(blob), r.source()));
        }
        Optional<DocumentLock.Entry> locked = lock.find(id).filter(e -> e.file().equals(file));
        if (!files.exists(path)) {
            if (locked.isEmpty()) {
                d.error("document-file-missing", "file", "The file for \"" + id + "\" is missing: "
                        + files.display(path) + ", and content/documents.lock.yaml records no digest for it.",
                        "Put the file at " + files.display(path) + " and build once to record its digest in "
                                + "content/documents.lock.yaml; commit that file, so builds without private/ (CI) "
                                + "publish the same digest. Gated files live under private/, which is never published.");
                return Optional.empty();
            }
            DocumentLock.Entry entry = locked.get();
            return Optional.of(new Document(id, title, access, file, updated, description, entry.sha256(), entry.size(),
                    entry.pages(), Document.DigestSource.LOCK, Optional.empty(), r.source()));
        }
        return files.digest(path, Area.PRIVATE, r.diagnostics()).flatMap(digest -> {
            if (locked.isPresent() && !locked.get().sha256().equals(digest.sha256())) {
                d.error("document-lock-mismatch", "file", "private/" + file + " has SHA-256 " + digest.sha256()
                        + ", but content/documents.lock.yaml records " + locked.get().sha256() + " for \"" + id
                        + "\" (line " + locked.get().source().line() + "). The file is not the one the trust center "
                        + "has published.", "If you replaced the file on purpose, delete its entry from "
                        + "content/documents.lock.yaml and build again to record the new digest; otherwise restore "
                        + "the file that was published.");
                return Optional.empty();
            }
            Optional<Integer> pages = locked.isPresent() && locked.get().size() == digest.size()
                    ? locked.get().pages() : PdfPages.count(path);
            seen.add(new DocumentLock.Entry(id, file, digest.sha256(), digest.size(), pages, r.source()));
            return Optional.of(new Document(id, title, access, file, updated, description, digest.sha256(),
                    digest.size(), pages, Document.DigestSource.FILE, Optional.empty(), r.source()));
        });
    }

    /** Public files sit under content/documents/; gated originals under private/, which is never published. */
    static Path location(ContentFiles files, Document.Access access, String file) {
        return (access == Document.Access.GATED ? files.layout().privateFiles() : files.layout().publicDocuments())
                .resolve(file).normalize();
    }

    private static String folder(Document.Access access) {
        return access == Document.Access.GATED ? "private/" : "content/documents/";
    }
}
