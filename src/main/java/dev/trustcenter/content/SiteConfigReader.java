package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.SiteConfig.AccessRequests;
import dev.trustcenter.model.ControlCategory;
import dev.trustcenter.model.SiteConfig.Thresholds;
import dev.trustcenter.model.Source;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads site-config.yaml (SPEC §2.1). */
final class SiteConfigReader {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}");
    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private SiteConfigReader() {}

    static Optional<SiteConfig> read(YamlNode root, ContentFiles files, Diagnostics diagnostics) {
        Optional<MappingReader> top = MappingReader.of(root, "the file site-config.yaml", diagnostics);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = top.get();
        SiteConfig.Site site = section(r, "site", "the site: block").map(SiteConfigReader::site).orElse(null);
        SiteConfig.Company company = section(r, "company", "the company: block").map(c -> company(c, files)).orElse(null);
        SiteConfig.Contacts contacts = section(r, "contacts", "the contacts: block").map(SiteConfigReader::contacts)
                .orElse(null);
        Optional<SiteConfig.SecurityTxt> securityTxt = r.mapping("security_txt", "the security_txt: block")
                .map(SiteConfigReader::securityTxt);
        AccessRequests access = r.mapping("access_requests", "the access_requests: block")
                .map(a -> accessRequests(a, contacts))
                .orElseGet(() -> defaultAccess(contacts));
        Thresholds thresholds = r.mapping("thresholds", "the thresholds: block").map(SiteConfigReader::thresholds)
                .orElse(Thresholds.DEFAULTS);
        List<Framework> frameworks = r.node("frameworks").map(n -> FrameworkReader.readAll(n, diagnostics))
                .orElse(List.of());
        List<ControlCategory> categories = r.mapping("controls", "the controls: block")
                .map(SiteConfigReader::controlCategories).orElse(ControlCategory.BUILT_IN);
        r.finish();
        if (site == null || company == null || contacts == null) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(site, company, contacts, securityTxt, access, thresholds, frameworks,
                categories));
    }

    private static Optional<MappingReader> section(MappingReader r, String key, String what) {
        if (!r.has(key)) {
            r.diagnostics().error("missing-key", r.source(), "site-config.yaml has no \"" + key + ":\" block, which is required.",
                    "Add \"" + key + ":\" with its keys; see the example site-config.yaml.");
            return Optional.empty();
        }
        return r.mapping(key, what);
    }

    private static SiteConfig.Site site(MappingReader r) {
        String title = r.requiredText("title");
        URI baseUrl = r.url("base_url").orElse(null);
        if (baseUrl == null && !r.has("base_url")) {
            r.error("missing-key", "base_url", "The site: block has no \"base_url\", which is required.",
                    "Add the address the trust center will be served from, for example https://trust.example.com/.");
        }
        if (baseUrl != null && (baseUrl.getQuery() != null || baseUrl.getFragment() != null)) {
            r.error("bad-url", "base_url", "\"base_url\" must not carry a query (?…) or fragment (#…).",
                    "Write only the address, for example https://trust.example.com/.");
        }
        if (baseUrl != null && !"https".equals(baseUrl.getScheme()) && !loopback(baseUrl)) {
            r.error("bad-url", "base_url", "\"base_url\" must use https: browsers decrypt access links only on "
                    + "secure pages, so a grant link on " + baseUrl.getScheme() + "://" + baseUrl.getAuthority()
                    + "/ could not open.", "Write https://" + baseUrl.getAuthority() + baseUrl.getPath()
                    + " (http is allowed only for localhost and 127.0.0.1, for trying the site locally).");
        }
        if (baseUrl != null && !baseUrl.getPath().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        List<String> languages = new ArrayList<>();
        for (String tag : r.texts("languages")) {
            if (!languageTag(r, "languages", tag)) {
                continue;
            }
            if (languages.contains(tag)) {
                r.error("duplicate-value", "languages", "\"" + tag + "\" is listed twice in \"languages\".",
                        "List each language once, the default first, for example [en, ar].");
                continue;
            }
            languages.add(tag);
        }
        Optional<String> declared = r.text("language");
        String language = declared.orElse(languages.isEmpty() ? "en" : languages.get(0));
        languageTag(r, "language", language);
        if (!languages.isEmpty() && !languages.get(0).equals(language)) {
            r.error("default-language-mismatch", "languages", "\"language\" is " + language + ", but \"languages\" starts with "
                            + languages.get(0) + ": the first language is the default, written at the site's root.",
                    "Start \"languages\" with " + language + ", or remove \"language\".");
        }
        if (languages.isEmpty()) {
            languages.add(language);
        }
        String theme = folder(r, "theme", "default");
        String output = r.text("output").orElse("public");
        Source outputSource = r.sourceOf("output");
        r.finish();
        return new SiteConfig.Site(title, baseUrl, language, languages, theme, output, outputSource);
    }

    private static boolean languageTag(MappingReader r, String key, String tag) {
        return r.languageTag(key, tag, "Use a BCP 47 tag such as en, de, fr or ar.");
    }

    private static String folder(MappingReader r, String key, String fallback) {
        String value = r.text(key).orElse(fallback);
        if (!FOLDER_NAME.matcher(value).matches() || value.startsWith(".")) {
            r.error("bad-value", key, "\"" + key + "\" should be a folder name, but \"" + value + "\" was found.",
                    "Write only the name of a folder under themes/, for example " + fallback + ".");
            return fallback;
        }
        return value;
    }

    private static SiteConfig.Company company(MappingReader r, ContentFiles files) {
        String name = r.requiredText("name");
        String legalName = r.text("legal_name").orElse(name);
        URI website = r.url("website").orElse(null);
        String logo = logo(r, files, "logo");
        String logoDark = logo(r, files, "logo_dark");
        String brand = r.text("brand_color").orElse("#4f46e5");
        var country = r.country("country");
        if (!HEX_COLOUR.matcher(brand).matches()) {
            r.error("bad-value", "brand_color", "\"" + brand + "\" is not a colour the theme can use.",
                    "Write a hex colour in quotes, for example \"#4f46e5\".");
            brand = "#4f46e5";
        }
        r.finish();
        return new SiteConfig.Company(name, legalName, website, logo, logoDark, brand.toLowerCase(Locale.ROOT),
                r.sourceOf("brand_color"), country);
    }

    private static String logo(MappingReader r, ContentFiles files, String key) {
        String logo = r.text(key).orElse(null);
        if (logo != null && !logoExists(files, logo)) {
            r.error("missing-file", key, "The company logo \"" + logo + "\" is not a file under content/assets/.",
                    "Put the logo in content/assets/ and write its path relative to content/, for example "
                            + key + ": assets/" + (key.equals("logo") ? "logo.svg" : "logo-dark.svg") + ".");
            return null;
        }
        return logo;
    }

    /** The logo is served from assets/, so it must be a file under content/assets/. */
    private static boolean logoExists(ContentFiles files, String logo) {
        Path assets = files.layout().assets();
        Path file = files.layout().content().resolve(logo).normalize();
        return logo.startsWith("assets/") && file.startsWith(assets) && files.exists(file)
                && files.allowed(file, ContentFiles.Area.PUBLISHED);
    }

    private static SiteConfig.Contacts contacts(MappingReader r) {
        String security = r.requiredEmail("security");
        String privacy = r.email("privacy").orElse(null);
        r.finish();
        return new SiteConfig.Contacts(security, privacy, r.source());
    }

    private static SiteConfig.SecurityTxt securityTxt(MappingReader r) {
        var expires = r.requiredDate("expires");
        URI encryption = r.url("encryption").orElse(null);
        URI policy = r.url("policy").orElse(null);
        List<String> languages = r.texts("preferred_languages");
        r.finish();
        return new SiteConfig.SecurityTxt(expires, encryption, policy, languages, r.source());
    }

    private static AccessRequests defaultAccess(SiteConfig.Contacts contacts) {
        String mailto = contacts == null ? null : contacts.security();
        return new AccessRequests(AccessRequests.Delivery.MAILTO, mailto, null, true, List.of(), 30,
                AccessRequests.DEFAULT_REPLY_WITHIN, contacts == null ? Source.file("site-config.yaml") : contacts.source());
    }

    private static AccessRequests accessRequests(MappingReader r, SiteConfig.Contacts contacts) {
        AccessRequests.Delivery delivery = r.choice("delivery", AccessRequests.Delivery.class)
                .orElse(AccessRequests.Delivery.MAILTO);
        String mailto = r.email("mailto").orElse(contacts == null ? null : contacts.security());
        URI endpoint = r.url("endpoint").orElse(null);
        if (endpoint != null && !"https".equals(endpoint.getScheme()) && !loopback(endpoint)) {
            r.error("bad-url", "endpoint", "The request endpoint must use https, so requests travel encrypted.",
                    "Write an address that starts with https://.");
        }
        if (delivery == AccessRequests.Delivery.ENDPOINT && endpoint == null && !r.has("endpoint")) {
            r.error("missing-key", "delivery", "\"delivery: endpoint\" needs an \"endpoint\" to send requests to.",
                    "Add endpoint: https://… (a form backend or webhook), or use delivery: mailto.");
        }
        boolean blockFree = r.bool("block_free_email_domains", true);
        List<String> blocked = r.texts("blocked_domains").stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        int grantDays = r.integer("grant_days", 1, 365).orElse(30);
        String replyWithin = r.text("reply_within").orElse(AccessRequests.DEFAULT_REPLY_WITHIN);
        r.finish();
        return new AccessRequests(delivery, mailto, endpoint, blockFree, blocked, grantDays, replyWithin, r.source());
    }

    /** A form backend on this machine, for trying the flow locally; anything else must be https. */
    private static boolean loopback(URI uri) {
        return List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost());
    }

    private static Thresholds thresholds(MappingReader r) {
        Thresholds d = Thresholds.DEFAULTS;
        int reportAge = r.integer("report_max_age_months", 1, 60).orElse(d.reportMaxAgeMonths());
        int expiring = r.integer("expiring_soon_days", 0, 730).orElse(d.expiringSoonDays());
        int review = r.integer("policy_review_months", 1, 60).orElse(d.policyReviewMonths());
        int changeWarning = r.integer("subprocessor_change_warning_days", 0, 365)
                .orElse(d.subprocessorChangeWarningDays());
        int controlTest = r.integer("control_test_max_age_months", 1, 60).orElse(d.controlTestMaxAgeMonths());
        int aiEvaluation = r.integer("ai_evaluation_max_age_months", 1, 60).orElse(d.aiEvaluationMaxAgeMonths());
        int answerReview = r.integer("answer_review_months", 1, 60).orElse(d.answerReviewMonths());
        r.finish();
        return new Thresholds(reportAge, expiring, review, changeWarning, controlTest, aiEvaluation, answerReview);
    }

    /**
     * controls: {categories: [vendor, {id: ai-safety, name: "AI safety"}]}: the site's own categories, after the
     * built-in ones. A plain id is shown with its first letter capitalised.
     */
    private static List<ControlCategory> controlCategories(MappingReader r) {
        List<ControlCategory> categories = new ArrayList<>(ControlCategory.BUILT_IN);
        r.list("categories", node -> {
            if (node instanceof YamlNode.Scalar scalar) {
                return category(r, node, scalar.text().strip(), null);
            }
            return MappingReader.of(node, "a control category", r.diagnostics()).flatMap(c -> {
                String id = c.requiredText("id");
                String name = c.requiredText("name");
                c.finish();
                return id == null || name == null ? Optional.empty() : category(c, node, id, name);
            });
        }).forEach(category -> {
            categories.removeIf(c -> c.id().equals(category.id()));
            categories.add(category);
        });
        r.finish();
        return List.copyOf(categories);
    }

    private static Optional<ControlCategory> category(MappingReader r, YamlNode node, String id, String name) {
        if (!ComplianceReader.SLUG.matcher(id).matches()) {
            r.diagnostics().error("bad-id", node.source(), "\"" + id + "\" cannot be used as a control category: it "
                    + "becomes part of a web address.", "Use lower-case letters, digits and hyphens, such as vendor-risk.");
            return Optional.empty();
        }
        return Optional.of(new ControlCategory(id, name != null ? name
                : MappingReader.capitalize(id.replace('-', ' '))));
    }
}
