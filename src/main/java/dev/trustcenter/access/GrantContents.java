package dev.trustcenter.access;

import dev.trustcenter.access.GrantIssuer.Refused;
import dev.trustcenter.content.ContentFiles;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.Blob;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.render.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one grant carries, and its recipient's copies: gated documents from private/ (each checked against the
 * digest the trust center publishes) and policies offered on request (rendered to PDF), every PDF watermarked.
 */
final class GrantContents {

    /** The id that grants the whole answer library, gated answers included, as one watermarked PDF. */
    static final String ANSWERS = "answers";

    private final List<Document> documents;
    private final List<Policy> policies;
    private final List<Answer> answers;

    private GrantContents(List<Document> documents, List<Policy> policies, List<Answer> answers) {
        this.documents = documents;
        this.policies = policies;
        this.answers = answers;
    }

    /** The recipient's copies, for the bundle, and what the ledger records of each. */
    record Copies(List<BundleManifest.File> files, List<Grant.GrantedDocument> granted) {}

    /** The gated documents and policies the ids name; an id that is neither, or a public one, is refused. */
    static GrantContents resolve(TrustCenter site, List<String> ids) throws Refused {
        List<Document> documents = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        List<Answer> answers = List.of();
        for (String id : ids) {
            Optional<Document> document = site.documents().stream().filter(d -> d.id().equals(id)).findFirst();
            Optional<Policy> policy = site.policies().stream().filter(p -> p.slug().equals(id)).findFirst();
            if (document.isPresent()) {
                if (!document.get().gated()) {
                    throw new Refused("\"" + id + "\" is public; anyone can download it from the documents page.");
                }
                documents.add(document.get());
            } else if (id.equals(ANSWERS) && !site.answers().isEmpty()) {
                answers = site.answers();
            } else if (policy.isPresent()) {
                if (policy.get().visibility() == Policy.Visibility.PUBLIC) {
                    throw new Refused("The policy \"" + id + "\" is public; its full text is on the policies page.");
                }
                policies.add(policy.get());
            } else {
                List<String> offered = new ArrayList<>(site.documents().stream().filter(Document::gated)
                        .map(Document::id).toList());
                site.policies().stream().filter(p -> p.visibility() != Policy.Visibility.PUBLIC)
                        .map(Policy::slug).forEach(offered::add);
                if (!site.answers().isEmpty()) {
                    offered.add(ANSWERS);
                }
                throw new Refused("There is no gated document or policy \"" + id + "\". "
                        + Suggestions.closest(id, offered).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                        + "On request: " + String.join(", ", offered) + ".");
            }
        }
        return new GrantContents(documents, policies, answers);
    }

    Copies copies(SiteLayout layout, String company, WatermarkText text) throws Refused, IOException {
        List<BundleManifest.File> files = new ArrayList<>();
        List<Grant.GrantedDocument> granted = new ArrayList<>();
        ContentFiles contentFiles = new ContentFiles(layout);
        for (Document document : documents) {
            byte[] original = original(contentFiles, layout, document);
            boolean pdf = document.file().toLowerCase(Locale.ROOT).endsWith(".pdf");
            byte[] copy = pdf ? stamp(document.file(), original, text) : original;
            files.add(new BundleManifest.File(document.file().substring(document.file().lastIndexOf('/') + 1),
                    document.title(), pdf ? "application/pdf" : "application/octet-stream", pdf, document.sha256(),
                    Base64.getEncoder().encodeToString(copy)));
            granted.add(new Grant.GrantedDocument(document.id(), document.title(), document.file(), document.sha256()));
        }
        Markdown markdown = new Markdown();
        for (Policy policy : policies) {
            byte[] pdf = PolicyPdf.render(policy, company, markdown);
            byte[] stamped = stamp(policy.slug() + ".pdf", pdf, text);
            String sha256 = Blob.of(policy.body().getBytes(StandardCharsets.UTF_8)).sha256Hex();
            files.add(new BundleManifest.File(policy.slug() + ".pdf", policy.title() + " (version " + policy.version() + ")",
                    "application/pdf", true, sha256, Base64.getEncoder().encodeToString(stamped)));
            granted.add(new Grant.GrantedDocument(policy.slug(), policy.title(), "policies/" + policy.slug() + ".md",
                    sha256));
        }
        if (!answers.isEmpty()) {
            byte[] pdf = PolicyPdf.answers(answers, company, markdown);
            byte[] stamped = stamp("answers.pdf", pdf, text);
            StringBuilder source = new StringBuilder();
            answers.forEach(a -> source.append(a.id()).append('\n').append(a.question()).append('\n')
                    .append(a.answer()).append('\n'));
            String sha256 = Blob.of(source.toString().getBytes(StandardCharsets.UTF_8)).sha256Hex();
            files.add(new BundleManifest.File("answers.pdf", "Security answers (" + answers.size() + ")",
                    "application/pdf", true, sha256, Base64.getEncoder().encodeToString(stamped)));
            granted.add(new Grant.GrantedDocument(ANSWERS, "Security answers", "answers/", sha256));
        }
        return new Copies(files, granted);
    }

    /** The gated original, which must be the very file whose digest the trust center publishes. */
    private static byte[] original(ContentFiles files, SiteLayout layout, Document document) throws Refused {
        var path = layout.privateFiles().resolve(document.file());
        if (!Files.isRegularFile(path)) {
            throw new Refused("private/" + document.file() + " is not here; a grant watermarks the original, so run "
                    + "grant where private/ holds it.");
        }
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = files.readBytes(path, ContentFiles.Area.PRIVATE, diagnostics).orElseThrow(() ->
                new Refused(diagnostics.all().get(0).message() + " (" + layout.display(path) + ")"));
        String sha256 = Blob.of(bytes).sha256Hex();
        if (!sha256.equals(document.sha256())) {
            throw new Refused("private/" + document.file() + " changed while the grant was being made (SHA-256 "
                    + sha256 + ", expected " + document.sha256() + "); run grant again.");
        }
        return bytes;
    }

    private static byte[] stamp(String file, byte[] original, WatermarkText text) throws Refused, IOException {
        try {
            return Watermark.stamp(original, text);
        } catch (Watermark.NeedsPassword e) {
            throw new Refused("private/" + file + " needs a password to open, so it cannot be "
                    + "watermarked. Save a copy without an open password (an owner password that only restricts "
                    + "printing or copying is fine) and grant again.");
        } catch (Watermark.Unreadable e) {
            throw new Refused("private/" + file + " is not a PDF that can be read (" + e.getMessage()
                    + "). Check that it opens in a PDF reader.");
        }
    }
}
