package dev.trustcenter.rules;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Translation;
import dev.trustcenter.model.TrustCenter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Translations: each must be of a text that exists, into one of the site's other languages, and is stale once its
 * source has changed since it was made, which {@code translation_of} (the source's fingerprint) tells.
 */
public final class TranslationRules {

    /** Whether a translation still matches its source. */
    public enum Freshness {
        /** Made from the source as it is now. */
        CURRENT,
        /** Made from an earlier version of the source: the page says so and links the source. */
        STALE,
        /** Its source's fingerprint is not recorded, so nothing can be said; check asks for it. */
        UNSOURCED
    }

    private TranslationRules() {}

    /** The source text a translation translates, if it exists. */
    public static Optional<String> sourceText(TrustCenter site, Translation t) {
        return switch (t.kind()) {
            case POLICY -> site.policies().stream().filter(p -> p.slug().equals(t.of())).findFirst().map(Policy::body);
            case UPDATE -> site.updates().stream().filter(u -> u.slug().equals(t.of())).findFirst()
                    .map(Pages.Update::body);
            case OVERVIEW -> Optional.of(site.overview().body());
            case NDA -> site.nda().builtIn() ? Optional.empty() : Optional.of(site.nda().body());
        };
    }

    /** The names a translation of this kind may take its name from: the slugs of the policies or updates. */
    private static List<String> sources(TrustCenter site, Translation.Kind kind) {
        return switch (kind) {
            case POLICY -> site.policies().stream().map(Policy::slug).toList();
            case UPDATE -> site.updates().stream().map(Pages.Update::slug).toList();
            case OVERVIEW -> List.of("overview");
            case NDA -> List.of("nda");
        };
    }

    public static Freshness freshness(TrustCenter site, Translation t) {
        if (t.translationOf().isEmpty()) {
            return Freshness.UNSOURCED;
        }
        return sourceText(site, t).map(Translation::hash).filter(h -> h.equals(t.translationOf().get()))
                .map(h -> Freshness.CURRENT).orElse(Freshness.STALE);
    }

    static void check(TrustCenter site, Diagnostics d) {
        List<String> others = site.config().site().translations();
        for (var t : site.translations().entries()) {
            if (!others.contains(t.language())) {
                String name = Locale.forLanguageTag(t.language()).getDisplayLanguage(Locale.ENGLISH);
                d.warning("translation-language", t.source(), "This is a translation of \"" + t.entry() + "\" into " + name
                                + " (\"" + t.language() + "\"), which is not one of the site's other languages "
                                + (others.isEmpty() ? "(it has none)" : others) + ", so it is not published.",
                        "Add " + t.language() + " to site.languages in site-config.yaml, after the default language, "
                                + "or remove this translation.");
            }
        }
        for (Translation t : site.translations().texts()) {
            String file = t.kind().sourceFile(t.of());
            if (!others.contains(t.language())) {
                String name = Locale.forLanguageTag(t.language()).getDisplayLanguage(Locale.ENGLISH);
                d.warning("translation-language", t.source(), "This is a translation into " + name + " (\""
                                + t.language() + "\"), which is not one of the site's other languages "
                                + (others.isEmpty() ? "(it has none)" : others) + ", so it is not published.",
                        "Add " + t.language() + " to site.languages in site-config.yaml, after the default language, "
                                + "or rename the file.");
                continue;
            }
            Optional<String> source = sourceText(site, t);
            if (source.isEmpty()) {
                d.error("translation-orphan", t.source(), "There is no " + file + " for this file to translate.",
                        sources(site, t.kind()).stream().filter(s -> !s.equals(t.of())).findAny().isEmpty()
                                ? "Name it after its source (" + t.kind().sourceFile("SLUG") + " is translated by "
                                + t.kind().sourceFile("SLUG." + t.language()).substring("content/".length())
                                + "), or remove it."
                                : dev.trustcenter.diagnostics.Suggestions.closest(t.of(), sources(site, t.kind()))
                                        .map(near -> "Did you mean " + t.kind().sourceFile(near + "." + t.language())
                                                .substring("content/".length()) + ", the translation of "
                                                + t.kind().sourceFile(near) + "?")
                                        .orElse("Name it after its source, or remove it."));
                continue;
            }
            String hash = Translation.hash(source.get());
            if (t.translationOf().isEmpty()) {
                d.warning("translation-unsourced", t.source(), "This translation does not say which version of "
                                + file + " it was made from, so a change to the source would go unnoticed.",
                        "If it translates the current text, add \"translation_of: " + hash + "\" to its front matter.");
            } else if (!t.translationOf().get().equals(hash)) {
                d.warning("translation-stale", t.source(), file + " has changed since this translation was made: "
                                + "the page says it is translated from an earlier version and links the source.",
                        "Update the translation, then set \"translation_of: " + hash + "\".");
            }
        }
    }
}
