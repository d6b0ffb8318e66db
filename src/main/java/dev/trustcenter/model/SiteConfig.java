package dev.trustcenter.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** site-config.yaml (SPEC §2.1). */
public record SiteConfig(
        Site site,
        Company company,
        Contacts contacts,
        Optional<SecurityTxt> securityTxt,
        AccessRequests accessRequests,
        Thresholds thresholds,
        List<Framework> frameworks,
        List<ControlCategory> controlCategories) {

    public SiteConfig(Site site, Company company, Contacts contacts, Optional<SecurityTxt> securityTxt,
                      AccessRequests accessRequests, Thresholds thresholds, List<Framework> frameworks) {
        this(site, company, contacts, securityTxt, accessRequests, thresholds, frameworks, ControlCategory.BUILT_IN);
    }

    /**
     * @param language  the default language: the site's root is written in it, and its texts are the sources of every
     *                  translation
     * @param languages every language the site is written in, the default first
     */
    public record Site(String title, URI baseUrl, String language, List<String> languages, String theme, String output,
                       Source outputSource) {

        public Site {
            languages = List.copyOf(languages);
        }

        /** A site in one language. */
        public Site(String title, URI baseUrl, String language, String theme, String output, Source outputSource) {
            this(title, baseUrl, language, List.of(language), theme, output, outputSource);
        }

        public boolean rightToLeft() {
            return rightToLeft(language);
        }

        /** Right-to-left scripts: Arabic, Hebrew, Persian and Urdu. */
        public static boolean rightToLeft(String language) {
            String primary = language.split("-")[0].toLowerCase(java.util.Locale.ROOT);
            return List.of("ar", "he", "fa", "ur").contains(primary);
        }

        /** The languages besides the default, each written under its own folder ({@code ar/}). */
        public List<String> translations() {
            return languages.subList(1, languages.size());
        }
    }

    /**
     * @param logo     a path under content/ (assets/…): a square mark or a wordmark, shown at a fixed height
     * @param logoDark the variant for dark mode, or null to use {@code logo} in both
     */
    public record Company(String name, String legalName, URI website, String logo, String logoDark, String brandColor,
                          Source source, Optional<Country> country) {

        /** A company whose country of establishment is not stated. */
        public Company(String name, String legalName, URI website, String logo, String logoDark, String brandColor,
                       Source source) {
            this(name, legalName, website, logo, logoDark, brandColor, source, Optional.empty());
        }

        /** Whether a name is the company's own, by its name or legal name, ignoring case and outer spaces. */
        public boolean named(String other) {
            String o = other.strip();
            return o.equalsIgnoreCase(name.strip()) || legalName != null && o.equalsIgnoreCase(legalName.strip());
        }
    }

    public record Contacts(String security, String privacy, Source source) {}

    public record SecurityTxt(LocalDate expires, URI encryption, URI policy, List<String> preferredLanguages,
                              Source source) {}

    /**
     * @param replyWithin how soon requests are answered, as the thanks page says it ("two business days")
     */
    public record AccessRequests(Delivery delivery, String mailto, URI endpoint, boolean blockFreeEmailDomains,
                                 List<String> blockedDomains, int grantDays, String replyWithin, Source source) {

        public static final String DEFAULT_REPLY_WITHIN = "two business days";

        public enum Delivery { MAILTO, ENDPOINT }
    }

    /**
     * @param subprocessorChangeWarningDays how far ahead a subprocessor change that the list does not reflect yet
     *                                      is warned about, before it becomes an error on its effective date
     * @param controlTestMaxAgeMonths       how long a control's last test holds before it is overdue
     */
    public record Thresholds(int reportMaxAgeMonths, int expiringSoonDays, int policyReviewMonths,
                             int subprocessorChangeWarningDays, int controlTestMaxAgeMonths,
                             int aiEvaluationMaxAgeMonths, int answerReviewMonths) {

        public static final Thresholds DEFAULTS = new Thresholds(12, 90, 12, 14, 12, 12, 12);

        public Thresholds(int reportMaxAgeMonths, int expiringSoonDays, int policyReviewMonths,
                          int subprocessorChangeWarningDays, int controlTestMaxAgeMonths) {
            this(reportMaxAgeMonths, expiringSoonDays, policyReviewMonths, subprocessorChangeWarningDays,
                    controlTestMaxAgeMonths, 12, 12);
        }

        public Thresholds(int reportMaxAgeMonths, int expiringSoonDays, int policyReviewMonths,
                          int subprocessorChangeWarningDays) {
            this(reportMaxAgeMonths, expiringSoonDays, policyReviewMonths, subprocessorChangeWarningDays, 12);
        }
    }
}
