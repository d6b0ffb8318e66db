package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import java.util.List;
import java.util.Optional;

/** Reads grants/ledger.yaml, which `trustcenter grant` writes and a publisher may review in a pull request. */
public final class LedgerReader {

    public static final String LEDGER = "grants/ledger.yaml";

    private LedgerReader() {}

    public static List<Grant> read(YamlNode root, ContentFiles files, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "The grants ledger should be a list of grants.",
                    "It is written by \"trustcenter grant\"; restore it from version control.");
            return List.of();
        }
        return sequence.items().stream()
                .map(node -> MappingReader.of(node, "a grant", diagnostics).flatMap(r -> grant(r, files)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Grant> grant(MappingReader r, ContentFiles files) {
        String id = r.requiredText("id");
        var recipient = r.mapping("recipient", "the grant's recipient");
        String name = recipient.map(p -> p.requiredText("name")).orElse(null);
        String email = recipient.map(p -> p.requiredEmail("email")).orElse(null);
        recipient.ifPresent(MappingReader::finish);
        String company = r.requiredText("company");
        List<Grant.GrantedDocument> documents = r.list("documents", node ->
                MappingReader.of(node, "a granted document", r.diagnostics()).flatMap(d -> {
                    String docId = d.requiredText("id");
                    String title = d.text("title").orElse(docId);
                    String file = d.requiredText("file");
                    String sha = d.requiredText("sha256");
                    d.finish();
                    return docId == null || file == null || sha == null
                            ? Optional.empty() : Optional.of(new Grant.GrantedDocument(docId, title, file, sha));
                }));
        var nda = r.mapping("nda", "the grant's NDA");
        String ndaVersion = nda.map(n -> n.requiredText("version")).orElse(null);
        String ndaSha = nda.map(n -> n.requiredText("sha256")).orElse(null);
        nda.ifPresent(MappingReader::finish);
        var issued = r.requiredDate("issued");
        var expires = r.requiredDate("expires");
        String issuedBy = r.text("issued_by").orElse("unknown");
        var note = r.text("note");
        var revoked = r.date("revoked");
        r.finish();
        if (id == null || name == null || email == null || company == null || ndaVersion == null || ndaSha == null
                || issued == null || expires == null) {
            return Optional.empty();
        }
        return Optional.of(new Grant(id, name, email, company, documents, ndaVersion, ndaSha, issued, expires, issuedBy,
                note, revoked, files.exists(files.resolve("grants/" + id + ".bundle")), r.source()));
    }
}
