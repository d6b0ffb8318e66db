package dev.trustcenter.model;

import java.util.List;

/** Everything loaded from one site: the whole input, typed and validated, before any date is applied. */
public record TrustCenter(
        SiteConfig config,
        FrameworkCatalogue frameworks,
        Pages.Overview overview,
        List<ComplianceEntry> compliance,
        Subprocessors subprocessors,
        List<Policy> policies,
        List<Document> documents,
        List<Pages.FaqItem> faq,
        List<Pages.Update> updates,
        Pages.Nda nda,
        List<PublishedGrant> grants,
        List<StaticFile> assets,
        List<Control> controls,
        List<AiSystem> aiSystems,
        List<Answer> answers,
        Translations translations) {

    public TrustCenter {
        controls = List.copyOf(controls);
        aiSystems = List.copyOf(aiSystems);
        answers = List.copyOf(answers);
    }

    /** A trust center in one language. */
    public TrustCenter(SiteConfig config, FrameworkCatalogue frameworks, Pages.Overview overview,
                       List<ComplianceEntry> compliance, Subprocessors subprocessors, List<Policy> policies,
                       List<Document> documents, List<Pages.FaqItem> faq, List<Pages.Update> updates, Pages.Nda nda,
                       List<PublishedGrant> grants, List<StaticFile> assets, List<Control> controls,
                       List<AiSystem> aiSystems, List<Answer> answers) {
        this(config, frameworks, overview, compliance, subprocessors, policies, documents, faq, updates, nda, grants,
                assets, controls, aiSystems, answers, Translations.NONE);
    }

    /** The translation of a YAML entry's words into a language, if its file has one. */
    public java.util.Optional<EntryTranslation> translation(EntryTranslation.Target target, String entry,
                                                           String language) {
        return translations.entry(target, entry, language);
    }

    /** The translation of a text into a language, if the content has one. */
    public java.util.Optional<Translation> translation(Translation.Kind kind, String of, String language) {
        return translations.text(kind, of, language);
    }

    /** A trust center without controls.yaml. */
    public TrustCenter(SiteConfig config, FrameworkCatalogue frameworks, Pages.Overview overview,
                       List<ComplianceEntry> compliance, Subprocessors subprocessors, List<Policy> policies,
                       List<Document> documents, List<Pages.FaqItem> faq, List<Pages.Update> updates, Pages.Nda nda,
                       List<PublishedGrant> grants, List<StaticFile> assets) {
        this(config, frameworks, overview, compliance, subprocessors, policies, documents, faq, updates, nda, grants,
                assets, List.of(), List.of(), List.of(), Translations.NONE);
    }
}
