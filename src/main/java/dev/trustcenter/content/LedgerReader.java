package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the two grant files: grants/ledger.yaml, the private audit trail that `trustcenter grant` writes, and
 * grants/index.yaml, its public, name-free summary that a build publishes from. Both are lists; anything else is
 * an error, never an empty list, so that the next write cannot erase what the file held.
 */
public final class LedgerReader {

    private LedgerReader() {}

    public static List<Grant> ledger(YamlNode root, Diagnostics diagnostics) {
        return list(root, "grants ledger", diagnostics).stream()
                .map(node -> MappingReader.of(node, "a grant", diagnostics).flatMap(LedgerReader::grant))
                .flatMap(Optional::stream)
                .toList();
    }

    public static List<PublishedGrant> index(YamlNode root, ContentFiles files, Diagnostics diagnostics) {
        return list(root, "grant index", diagnostics).stream()
                .map(node -> MappingReader.of(node, "a grant", diagnostics).flatMap(r -> published(r, files)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static List<YamlNode> list(YamlNode root, String what, Diagnostics diagnostics) {
        if (root instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        diagnostics.error("wrong-type", root.source(), "The " + what + " should be a list of grants, but "
                + root.describe() + " was found.", "It is written by \"trustcenter grant\"; restore it from your "
                + "backup or version control. trustcenter will not write to it until it is a list again.");
        return List.of();
    }

    /** A grant id becomes a folder of the site and part of a link: reject anything that could escape either. */
    static String id(MappingReader r) {
        String id = r.requiredText("id");
        if (id != null && !PublishedGrant.ID.matcher(id).matches()) {
            r.error("bad-grant-id", "id", "\"" + id + "\" is not a grant id: it would become a folder name and "
                    + "part of a link.", "Grant ids are letters, digits, \"-\" and \"_\", starting with a letter or "
                    + "digit, as \"trustcenter grant\" writes them; restore the file from your backup.");
            return null;
        }
        return id;
    }

    private static Optional<PublishedGrant> published(MappingReader r, ContentFiles files) {
        String id = id(r);
        var issued = r.requiredDate("issued");
        var expires = r.requiredDate("expires");
        var revoked = r.date("revoked");
        var nda = r.mapping("nda", "the grant's NDA");
        Optional<String> sha = nda.flatMap(n -> n.text("sha256"));
        Grant.NdaAcceptance accepted = nda.flatMap(n -> n.choice("accepted", Grant.NdaAcceptance.class))
                .orElse(Grant.NdaAcceptance.VIEWER);
        Optional<String> agreement = nda.flatMap(n -> n.text("agreement"));
        nda.ifPresent(MappingReader::finish);
        var language = r.text("language");
        r.finish();
        if (id == null || issued == null || expires == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishedGrant(id, issued, expires, revoked, sha, accepted, agreement,
                files.exists(files.layout().bundle(id)), language, r.source()));
    }

    private static Optional<Grant> grant(MappingReader r) {
        String id = id(r);
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
        Grant.NdaAcceptance accepted = nda.flatMap(n -> n.choice("accepted", Grant.NdaAcceptance.class))
                .orElse(Grant.NdaAcceptance.VIEWER);
        Optional<String> agreement = nda.flatMap(n -> n.text("agreement"));
        nda.ifPresent(MappingReader::finish);
        var issued = r.requiredDate("issued");
        var expires = r.requiredDate("expires");
        String issuedBy = r.text("issued_by").orElse("unknown");
        var note = r.text("note");
        var revoked = r.date("revoked");
        var language = r.text("language");
        r.finish();
        if (id == null || name == null || email == null || company == null || ndaVersion == null || ndaSha == null
                || issued == null || expires == null) {
            return Optional.empty();
        }
        return Optional.of(new Grant(id, name, email, company, documents, ndaVersion, ndaSha, accepted, agreement,
                issued, expires, issuedBy, note, revoked, language, r.source()));
    }
}
