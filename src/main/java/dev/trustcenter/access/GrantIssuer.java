package dev.trustcenter.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.rules.FreeEmailDomains;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * `trustcenter grant`: watermarks each requested PDF for its recipient, seals the files and a manifest with a
 * fresh AES-256-GCM key into grants/ID.bundle, records the grant in the ledger, and returns the one link that
 * carries the key. The originals stay in private/; the key is never written anywhere.
 */
public final class GrantIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GrantIssuer() {}

    public record Request(List<String> documents, String email, String name, String company, Optional<Integer> days,
                          Optional<String> note, boolean allowFreeMail) {}

    public record Issued(Grant grant, String link) {}

    /** A request trustcenter will not grant, with the reason in words. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    public static Path bundle(Path siteRoot, String id) {
        return siteRoot.resolve("grants").resolve(id + ".bundle");
    }

    public static Issued issue(TrustCenter site, Path siteRoot, Request request, LocalDate today, String issuedBy)
            throws Refused, IOException {
        String email = request.email().strip();
        if (!EmailValidator.getInstance().isValid(email)) {
            throw new Refused("\"" + email + "\" is not an email address.");
        }
        if (!request.allowFreeMail() && FreeEmailDomains.builtIn().isFree(email)) {
            throw new Refused(email + " is a free-mail address; grants go to work addresses. "
                    + "Use --allow-free-mail if you have checked who this is.");
        }
        if (request.name().isBlank() || request.company().isBlank()) {
            throw new Refused("The recipient's name and company are both required.");
        }
        List<Document> documents = new ArrayList<>();
        for (String id : request.documents()) {
            Document document = site.documents().stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new Refused("There is no document \"" + id + "\". Gated documents: "
                            + String.join(", ", site.documents().stream().filter(Document::gated).map(Document::id)
                            .toList()) + "."));
            if (!document.gated()) {
                throw new Refused("\"" + id + "\" is public; anyone can download it from the documents page.");
            }
            documents.add(document);
        }
        int days = request.days().orElse(site.config().accessRequests().grantDays());
        if (days < 1 || days > 365) {
            throw new Refused("--days must be from 1 to 365.");
        }
        String id = BundleCrypto.newId();
        LocalDate expires = today.plusDays(days);
        String stamp = "Confidential — " + request.name().strip() + " (" + request.company().strip() + ") — grant " + id
                + " — " + today;
        String footer = "Provided to " + request.name().strip() + " <" + email + "> of " + request.company().strip()
                + " by " + site.config().company().name() + " under NDA version " + site.nda().version() + ", grant "
                + id + ", " + DateTimeFormatter.ISO_LOCAL_DATE.format(today) + ". Do not redistribute.";

        ObjectNode manifest = JSON.createObjectNode();
        ObjectNode grantNode = manifest.putObject("grant");
        grantNode.put("id", id).put("site", site.config().site().title()).put("company_name", site.config().company().name());
        grantNode.putObject("recipient").put("name", request.name().strip()).put("email", email)
                .put("company", request.company().strip());
        grantNode.put("issued", today.toString()).put("expires", expires.toString());
        grantNode.putObject("nda").put("version", site.nda().version()).put("sha256", site.nda().sha256());
        ArrayNode files = manifest.putArray("files");
        List<Grant.GrantedDocument> granted = new ArrayList<>();
        for (Document document : documents) {
            byte[] original = Files.readAllBytes(siteRoot.resolve("private").resolve(document.file()));
            boolean pdf = document.file().toLowerCase(Locale.ROOT).endsWith(".pdf");
            byte[] copy = pdf ? Watermark.stamp(original, stamp, footer) : original;
            files.addObject()
                    .put("name", document.file().substring(document.file().lastIndexOf('/') + 1))
                    .put("title", document.title())
                    .put("type", pdf ? "application/pdf" : "application/octet-stream")
                    .put("watermarked", pdf)
                    .put("sha256_original", sha256(original))
                    .put("data", Base64.getEncoder().encodeToString(copy));
            granted.add(new Grant.GrantedDocument(document.id(), document.title(), document.file(), sha256(original)));
        }
        SecretKey key = BundleCrypto.newKey();
        Path bundle = bundle(siteRoot, id);
        Files.createDirectories(bundle.getParent());
        Files.write(bundle, BundleCrypto.seal(JSON.writeValueAsBytes(manifest), key));

        Grant grant = new Grant(id, request.name().strip(), email, request.company().strip(), granted,
                site.nda().version(), site.nda().sha256(), today, expires, issuedBy, request.note().map(String::strip),
                Optional.empty(), true, dev.trustcenter.model.Source.file("grants/ledger.yaml"));
        new Ledger(siteRoot).append(grant);
        String link = site.config().site().baseUrl() + "access/" + id + "/#" + BundleCrypto.encode(key);
        return new Issued(grant, link);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
