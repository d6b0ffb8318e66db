package dev.trustcenter.access;

import dev.trustcenter.content.ContentFiles;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Blob;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.EmailAddress;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.Policy;
import dev.trustcenter.render.Markdown;
import java.nio.charset.StandardCharsets;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.rules.FreeEmailDomains;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * `trustcenter grant`: checks the request, watermarks each requested PDF for its recipient, seals the files and a
 * manifest with a fresh AES-256-GCM key into grants/ID.bundle, records the grant in the ledger, and returns the
 * one link that carries the key. The originals stay in private/; the key is never written anywhere. The bundle is
 * written first and the ledger last; if the ledger cannot be written the bundle is removed, so no bundle is left
 * that the ledger does not know.
 */
public final class GrantIssuer {

    private GrantIssuer() {}

    /**
     * @param ndaAcceptance how the recipient accepts the NDA: in the viewer (the default), already with their
     *                      request, or not at all because {@code ndaAgreement} (an MNDA) covers them
     */
    public record Request(List<String> documents, String email, String name, String company, Optional<Integer> days,
                          Optional<String> note, boolean allowFreeMail, Grant.NdaAcceptance ndaAcceptance,
                          Optional<String> ndaAgreement) {

        public Request(List<String> documents, String email, String name, String company, Optional<Integer> days,
                       Optional<String> note, boolean allowFreeMail) {
            this(documents, email, name, company, days, note, allowFreeMail, Grant.NdaAcceptance.VIEWER,
                    Optional.empty());
        }
    }

    public record Issued(Grant grant, String link) {}

    /** A request trustcenter will not grant, with the reason in words. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    public static Issued issue(TrustCenter site, SiteLayout layout, Request request, LocalDate today, String issuedBy)
            throws Refused, IOException, Ledger.Unreadable {
        Recipient recipient = recipient(request);
        Granted granted0 = documents(site, request.documents());
        List<Document> documents = granted0.documents();
        int days = request.days().orElse(site.config().accessRequests().grantDays());
        if (days < 1 || days > 365) {
            throw new Refused("--days must be from 1 to 365.");
        }
        String id = BundleCrypto.newId();
        LocalDate expires = today.plusDays(days);
        WatermarkText text = WatermarkText.of(site, recipient.name(), recipient.email(), recipient.company(), id, today);

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
        for (Policy policy : granted0.policies()) {
            byte[] pdf = PolicyPdf.render(policy, site.config().company().name(), markdown);
            byte[] stamped = stamp(policy.slug() + ".pdf", pdf, text);
            String sha256 = Blob.of(policy.body().getBytes(StandardCharsets.UTF_8)).sha256Hex();
            files.add(new BundleManifest.File(policy.slug() + ".pdf", policy.title() + " (version " + policy.version() + ")",
                    "application/pdf", true, sha256, Base64.getEncoder().encodeToString(stamped)));
            granted.add(new Grant.GrantedDocument(policy.slug(), policy.title(), "policies/" + policy.slug() + ".md",
                    sha256));
        }
        BundleManifest manifest = new BundleManifest(new BundleManifest.GrantInfo(id, site.config().site().title(),
                site.config().company().name(), new BundleManifest.Recipient(recipient.name(), recipient.email(),
                recipient.company()), today.toString(), expires.toString(),
                new BundleManifest.Nda(site.nda().version(), site.nda().sha256(), request.ndaAcceptance().yaml(),
                        request.ndaAgreement().orElse(null))), files);
        SecretKey key = BundleCrypto.newKey();
        byte[] sealed = BundleCrypto.seal(manifest.toJson(), key);
        if (sealed.length > ContentFiles.MAX_BYTES) {
            throw new Refused("The bundle would be " + sealed.length / (1024 * 1024) + " MB, more than the "
                    + ContentFiles.MAX_BYTES / (1024 * 1024) + " MB a build publishes: its viewer page carries it whole. "
                    + "Grant the documents one at a time, or compress the PDFs.");
        }

        Grant grant = new Grant(id, recipient.name(), recipient.email(), recipient.company(), granted,
                site.nda().version(), site.nda().sha256(), request.ndaAcceptance(), request.ndaAgreement(), today, expires,
                issuedBy, request.note().map(String::strip), Optional.empty(),
                Source.file(layout.display(layout.ledger())));
        Files.createDirectories(layout.grants());
        Files.write(layout.bundle(id), sealed);
        try {
            new Ledger(layout).append(grant);
        } catch (IOException | Ledger.Unreadable | RuntimeException e) {
            Files.deleteIfExists(layout.bundle(id));
            throw e;
        }
        String link = site.config().site().baseUrl() + "access/" + id + "/#" + BundleCrypto.encode(key);
        return new Issued(grant, link);
    }

    private record Recipient(String name, String email, String company) {}

    private static Recipient recipient(Request request) throws Refused {
        String email = request.email().strip();
        var problem = EmailAddress.problem(email);
        if (problem.isPresent()) {
            throw new Refused("\"" + email + "\" is not an email address: " + problem.get() + ".");
        }
        if (!request.allowFreeMail() && FreeEmailDomains.builtIn().isFree(email)) {
            throw new Refused(email + " is a free-mail address; grants go to work addresses. "
                    + "Use --allow-free-mail if you have checked who this is.");
        }
        if (request.name().isBlank() || request.company().isBlank()) {
            throw new Refused("The recipient's name and company are both required.");
        }
        return new Recipient(request.name().strip(), email, request.company().strip());
    }

    /** What a grant carries: gated documents, and policies offered on request (rendered to PDF). */
    private record Granted(List<Document> documents, List<Policy> policies) {}

    private static Granted documents(TrustCenter site, List<String> ids) throws Refused {
        List<Document> documents = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        for (String id : ids) {
            Optional<Document> document = site.documents().stream().filter(d -> d.id().equals(id)).findFirst();
            Optional<Policy> policy = site.policies().stream().filter(p -> p.slug().equals(id)).findFirst();
            if (document.isPresent()) {
                if (!document.get().gated()) {
                    throw new Refused("\"" + id + "\" is public; anyone can download it from the documents page.");
                }
                documents.add(document.get());
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
                throw new Refused("There is no gated document or policy \"" + id + "\". "
                        + dev.trustcenter.diagnostics.Suggestions.closest(id, offered).map(s -> "Did you mean \"" + s
                        + "\"? ").orElse("") + "On request: " + String.join(", ", offered) + ".");
            }
        }
        return new Granted(documents, policies);
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
