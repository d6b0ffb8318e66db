package dev.trustcenter.render;

import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.TrustCenter;
import java.util.List;
import java.util.Optional;

/**
 * A YAML entry's words in the language of a page: each field from the entry's {@code translations:} block when it
 * has one for that language, else as written. An entry with no translation for the page's language is shown in the
 * default language, and {@code lang} and {@code dir} say so to browsers, screen readers and translation tools.
 *
 * @param lang the entry's language when it differs from the page's (no translation), else null
 */
public record EntryText(Optional<EntryTranslation> translation, String lang, String dir) {

    public static EntryText of(TrustCenter site, String pageLanguage, EntryTranslation.Target target, String entry) {
        Optional<EntryTranslation> translation = site.translation(target, entry, pageLanguage);
        return translation.isPresent() ? new EntryText(translation, null, null) : untranslated(site, pageLanguage);
    }

    /** Words that cannot be translated yet (an answer, an AI system): as written, marked on other languages' pages. */
    public static EntryText untranslated(TrustCenter site, String pageLanguage) {
        SiteConfig.Site config = site.config().site();
        if (pageLanguage.equals(config.language())) {
            return new EntryText(Optional.empty(), null, null);
        }
        return new EntryText(Optional.empty(), config.language(),
                SiteConfig.Site.rightToLeft(config.language()) ? "rtl" : "ltr");
    }

    /** A field in the page's language, or as written. */
    public String text(String field, String original) {
        return original == null ? null : translation.flatMap(t -> t.text(field)).orElse(original);
    }

    public List<String> list(String field, List<String> original) {
        return translation.flatMap(t -> t.list(field)).orElse(original);
    }
}
