package dev.trustcenter.rules;

import static dev.trustcenter.rules.Words.date;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import dev.trustcenter.model.Grant;
import java.util.Locale;

/** Warnings about what the site publishes beyond statuses: security.txt, contacts, documents, the NDA. */
final class PublishingRules {

    /** RFC 9116 §2.5.5: Expires should be less than a year ahead. */
    static final int SECURITY_TXT_EXPIRING_DAYS = 30;

    private PublishingRules() {}

    static void check(TrustCenter site, LocalDate asOf, Diagnostics d) {
        site.config().securityTxt().ifPresent(txt -> securityTxt(txt, asOf, d));
        freeMail(site, d);
        unreferencedDocuments(site, d);
        builtInNda(site, d);
        grantBundles(site, asOf, d);
        brandContrast(site.config(), d);
    }

    /**
     * WCAG 2.2 SC 1.4.3: links and buttons need 4.5:1. The theme uses the brand colour where it reaches that on
     * every background it is put on, and otherwise a darker shade of it, so the site stays accessible; the
     * publisher is told, since the colour on the page is then not exactly theirs.
     */
    static void brandContrast(SiteConfig config, Diagnostics d) {
        String brand = config.company().brandColor();
        String links = BrandColour.textShadeOn(brand, BrandColour.LIGHT_BACKGROUNDS);
        String buttons = BrandColour.buttonShade(brand);
        if (!links.equalsIgnoreCase(brand) || !buttons.equalsIgnoreCase(brand)) {
            d.warning("brand-contrast", config.company().source(), String.format(Locale.ROOT,
                    "The brand colour %s does not reach 4.5:1 on every background the theme puts it on (%.2f:1 at "
                            + "worst), so links use the darker shade %s and buttons %s.", brand,
                    BrandColour.minContrast(brand, BrandColour.LIGHT_BACKGROUNDS), links, buttons),
                    "Nothing to do if the shades suit you; otherwise choose a darker brand_color, such as " + links + ".");
        }
    }

    /** An active grant whose encrypted bundle is not in grants/ would publish a dead link. */
    static void grantBundles(TrustCenter site, LocalDate asOf, Diagnostics d) {
        for (var grant : site.grants()) {
            if (grant.state(asOf) == PublishedGrant.State.ACTIVE && grant.ndaAcceptance() == Grant.NdaAcceptance.VIEWER
                    && grant.ndaSha256().filter(sha -> !sha.equals(site.nda().sha256())).isPresent()) {
                d.warning("grant-nda-changed", grant.source(), "Grant " + grant.id() + " was issued under an NDA "
                        + "that has changed since; its viewer shows the current NDA, so the recipient cannot open it.",
                        "Revoke it and grant again under the current NDA (trustcenter revoke " + grant.id() + ").");
            }
            if (grant.state(asOf) == PublishedGrant.State.ACTIVE && !grant.bundleStored()) {
                d.error("grant-bundle-missing", grant.source(), "Grant " + grant.id()
                        + " is active, but grants/" + grant.id() + ".bundle is missing, so its link would not open.",
                        "Commit the bundle with grants/index.yaml, or revoke the grant with \"trustcenter revoke "
                                + grant.id() + "\".");
            }
        }
    }

    /** RFC 9116: readers ignore an expired file, so an expired one publishes no contact at all. */
    static void securityTxt(SiteConfig.SecurityTxt txt, LocalDate asOf, Diagnostics d) {
        long days = ChronoUnit.DAYS.between(asOf, txt.expires());
        if (asOf.isAfter(txt.expires())) {
            d.error("security-txt-expired", txt.source(), "security.txt expired on " + date(txt.expires())
                    + "; readers ignore an expired file (RFC 9116).", "Set security_txt.expires to a date less than a "
                    + "year ahead, such as " + asOf.plusMonths(11) + ".");
        } else if (days <= SECURITY_TXT_EXPIRING_DAYS) {
            d.warning("security-txt-expiring", txt.source(), "security.txt expires on " + date(txt.expires())
                    + ", in " + days + " days.", "Move security_txt.expires forward, keeping it less than a year ahead.");
        } else if (txt.expires().isAfter(asOf.plusYears(1))) {
            d.warning("security-txt-too-far", txt.source(), "security.txt expires on " + date(txt.expires())
                    + ", more than a year ahead; RFC 9116 recommends less than a year.",
                    "Set security_txt.expires to " + asOf.plusMonths(11) + " or earlier, and renew it each year.");
        }
    }

    static void freeMail(TrustCenter site, Diagnostics d) {
        FreeEmailDomains free = FreeEmailDomains.builtIn();
        SiteConfig config = site.config();
        freeMail(free, config.contacts().security(), "contacts.security", config.contacts().source(), d);
        freeMail(free, config.contacts().privacy(), "contacts.privacy", config.contacts().source(), d);
        String requests = config.accessRequests().mailto();
        if (requests != null && !requests.equalsIgnoreCase(config.contacts().security())) {
            freeMail(free, requests, "access_requests.mailto", config.accessRequests().source(), d);
        }
        for (ComplianceEntry entry : site.compliance()) {
            if (entry.details() instanceof ComplianceEntry.DifcRegistration difc) {
                difc.dpo().flatMap(ComplianceEntry.Dpo::email).ifPresent(email ->
                        freeMail(free, email, "the DPO's email", entry.source(), d));
            }
        }
    }

    private static void freeMail(FreeEmailDomains free, String email, String what, Source at, Diagnostics d) {
        if (email != null && free.isFree(email)) {
            d.warning("free-mail-contact", at, what + " is a free-mail address (" + email + "); buyers expect a "
                    + "company address.", "Use an address at your own domain, such as security@yourcompany.com.");
        }
    }

    static void unreferencedDocuments(TrustCenter site, Diagnostics d) {
        Set<String> referenced = new HashSet<>();
        for (ComplianceEntry entry : site.compliance()) {
            referenced.addAll(entry.documents());
            if (entry.details() instanceof ComplianceEntry.SocReport soc) {
                soc.bridgeLetter().flatMap(ComplianceEntry.BridgeLetter::document).ifPresent(referenced::add);
            }
        }
        for (Document document : site.documents()) {
            if (!referenced.contains(document.id())) {
                d.warning("document-unreferenced", document.source(), "No compliance entry refers to the document \""
                        + document.id() + "\"; it appears only on the documents page.",
                        "List it under documents: of the entry it supports, or remove it.");
            }
        }
    }

    /** SPEC §2.6: without content/nda.md, requesters accept the built-in NDA, which counsel should review. */
    static void builtInNda(TrustCenter site, Diagnostics d) {
        boolean requestable = site.documents().stream().anyMatch(Document::gated)
                || site.policies().stream().anyMatch(p -> p.visibility() != Policy.Visibility.PUBLIC);
        if (site.nda().builtIn() && requestable) {
            d.warning("builtin-nda", Source.file("content/nda.md"),
                    "There is no content/nda.md, so requesters accept trustcenter's built-in plain-language NDA.",
                    "Have your counsel review it, or add content/nda.md with your own NDA "
                            + "(front matter: title and version).");
        }
    }
}
