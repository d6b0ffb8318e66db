package dev.trustcenter.render;

import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.Translation;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.TranslationRules;
import java.util.Optional;

/**
 * A text in the language of a page: its translation when the content has one, else the source with {@code lang} set
 * to the default language so that browsers, screen readers and translators know. Only words are taken from a
 * translation; the caller keeps every fact, and what may be published at all, from the source.
 *
 * @param lang the language of the text when it differs from the page's (an untranslated text); else null
 * @param dir  its direction, with {@code lang}
 * @param note what the reader must be told about the text's language, or null
 */
public record Localized(String title, Optional<String> summary, String body, String lang, String dir,
                        TranslationNote note) {

    /**
     * @param sourcePath the source's page from the site's root ("policies/x/index.html"), linked from a stale note
     * @param filesRoot  the page's prefix to the site's root, where the default language's pages are
     */
    static Localized of(TrustCenter site, Messages m, Translation.Kind kind, String of, String title,
                        Optional<String> summary, String body, String sourcePath, String filesRoot) {
        SiteConfig.Site config = site.config().site();
        if (m.language().equals(config.language())) {
            return new Localized(title, summary, body, null, null, null);
        }
        String source = m.languageName(config.language());
        Optional<Translation> translation = site.translation(kind, of, m.language());
        if (translation.isEmpty()) {
            return new Localized(title, summary, body, config.language(),
                    SiteConfig.Site.rightToLeft(config.language()) ? "rtl" : "ltr",
                    new TranslationNote("missing", m.text("translation.missing", source), null, null));
        }
        Translation t = translation.get();
        TranslationNote note = TranslationRules.freshness(site, t) == TranslationRules.Freshness.STALE
                ? new TranslationNote("stale", m.text("translation.stale", source),
                        sourcePath == null ? null : filesRoot + sourcePath, m.text("translation.source", source))
                : null;
        return new Localized(t.title().orElse(title), t.summary().or(() -> summary), t.body(), null, null, note);
    }
}
