package dev.trustcenter.access;

import dev.trustcenter.content.ContentFiles;
import dev.trustcenter.model.EmailAddress;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.rules.FreeEmailDomains;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
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
     * @param language      the language of the viewer page, one of the site's languages; empty for the default
     */
    public record Request(List<String> documents, String email, String name, String company, Optional<Integer> days,
                          Optional<String> note, boolean allowFreeMail, Grant.NdaAcceptance ndaAcceptance,
                          Optional<String> ndaAgreement, Optional<String> language) {

        public Request(List<String> documents, String email, String name, String company, Optional<Integer> days,
                       Optional<String> note, boolean allowFreeMail, Grant.NdaAcceptance ndaAcceptance,
                       Optional<String> ndaAgreement) {
            this(documents, email, name, company, days, note, allowFreeMail, ndaAcceptance, ndaAgreement,
                    Optional.empty());
        }

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
        GrantContents contents = GrantContents.resolve(site, request.documents());
        int days = request.days().orElse(site.config().accessRequests().grantDays());
        if (days < 1 || days > 365) {
            throw new Refused("--days must be from 1 to 365.");
        }
        List<String> languages = site.config().site().languages();
        Optional<String> language = request.language().filter(l -> !l.equals(site.config().site().language()));
        if (language.isPresent() && !languages.contains(language.get())) {
            throw new Refused("--language " + language.get() + " is not one of the site's languages " + languages
                    + ": the viewer page is written only in those.");
        }
        String id = BundleCrypto.newId();
        LocalDate expires = today.plusDays(days);
        WatermarkText text = WatermarkText.of(site, recipient.name(), recipient.email(), recipient.company(), id, today);

        GrantContents.Copies copies = contents.copies(layout, site.config().company().name(), text);
        BundleManifest manifest = new BundleManifest(new BundleManifest.GrantInfo(id, site.config().site().title(),
                site.config().company().name(), new BundleManifest.Recipient(recipient.name(), recipient.email(),
                recipient.company()), today.toString(), expires.toString(),
                new BundleManifest.Nda(site.nda().version(), site.nda().sha256(), request.ndaAcceptance().yaml(),
                        request.ndaAgreement().orElse(null))), copies.files());
        SecretKey key = BundleCrypto.newKey();
        byte[] sealed = BundleCrypto.seal(manifest.toJson(), key);
        if (sealed.length > ContentFiles.MAX_BYTES) {
            throw new Refused("The bundle would be " + sealed.length / (1024 * 1024) + " MB, more than the "
                    + ContentFiles.MAX_BYTES / (1024 * 1024) + " MB a build publishes: its viewer page carries it whole. "
                    + "Grant the documents one at a time, or compress the PDFs.");
        }

        Grant grant = new Grant(id, recipient.name(), recipient.email(), recipient.company(), copies.granted(),
                site.nda().version(), site.nda().sha256(), request.ndaAcceptance(), request.ndaAgreement(), today, expires,
                issuedBy, request.note().map(String::strip), Optional.empty(), language,
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
}
