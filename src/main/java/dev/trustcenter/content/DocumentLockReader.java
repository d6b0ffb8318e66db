package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.DocumentLock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads content/documents.lock.yaml, which build, check and grant write when private/ is present. */
final class DocumentLockReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private DocumentLockReader() {}

    static DocumentLock read(YamlNode root, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "documents.lock.yaml should be a list of gated files.",
                    "It is written by trustcenter; restore it from version control, or delete it and build with "
                            + "private/ present to write it again.");
            return DocumentLock.empty();
        }
        List<DocumentLock.Entry> entries = sequence.items().stream()
                .map(node -> MappingReader.of(node, "a locked document", diagnostics).flatMap(DocumentLockReader::entry))
                .flatMap(Optional::stream)
                .toList();
        return new DocumentLock(entries);
    }

    private static Optional<DocumentLock.Entry> entry(MappingReader r) {
        String id = r.requiredText("id");
        String file = r.requiredText("file");
        String sha256 = r.requiredText("sha256");
        Optional<Integer> size = r.integer("size", 0, Integer.MAX_VALUE);
        Optional<Integer> pages = r.integer("pages", 0, Integer.MAX_VALUE);
        r.finish();
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            r.error("bad-value", "sha256", "\"" + sha256 + "\" is not a SHA-256 digest.",
                    "A SHA-256 is 64 lower-case hexadecimal characters; build with private/ present to record it.");
            return Optional.empty();
        }
        if (id == null || file == null || sha256 == null || size.isEmpty()) {
            if (size.isEmpty() && !r.has("size")) {
                r.error("missing-key", "size", "The locked document has no \"size\".",
                        "Build with private/ present to record it again.");
            }
            return Optional.empty();
        }
        return Optional.of(new DocumentLock.Entry(id, file, sha256, size.get(), pages, r.source()));
    }
}
