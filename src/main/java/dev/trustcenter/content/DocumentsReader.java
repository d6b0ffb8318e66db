package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads documents.yaml (SPEC §2.5) and hashes every file, public and gated. */
final class DocumentsReader {

    private DocumentsReader() {}

    static List<Document> read(YamlNode root, ContentFiles files, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "documents.yaml should be a list of documents, each starting with \"- id:\".",
                    "See the example content/documents.yaml.");
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.of(item, "a document", diagnostics).flatMap(r -> document(r, files)).ifPresent(documents::add);
        }
        return List.copyOf(documents);
    }

    private static Optional<Document> document(MappingReader r, ContentFiles files) {
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
        if (!files.exists(path)) {
            d.error("document-file-missing", "file", "The file for \"" + id + "\" is missing: " + files.display(path) + ".",
                    "Put the file at " + files.display(path) + ", or correct \"file\". "
                            + (access == Document.Access.GATED
                            ? "Gated files live under private/, which is never published."
                            : "Public files live under content/documents/."));
            return Optional.empty();
        }
        return files.digest(path, r.diagnostics()).map(digest ->
                new Document(id, title, access, file, updated, description, digest.sha256(), digest.size(), r.source()));
    }

    /** Public files sit under content/documents/; gated originals under private/, which is never published. */
    static Path location(ContentFiles files, Document.Access access, String file) {
        return files.resolve(folder(access) + file);
    }

    private static String folder(Document.Access access) {
        return access == Document.Access.GATED ? "private/" : "content/documents/";
    }
}
