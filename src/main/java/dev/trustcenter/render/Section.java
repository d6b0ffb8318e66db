package dev.trustcenter.render;

import dev.trustcenter.model.Answer;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.TrustCenter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The sections of the site, in navigation order. A section with no content is left out of the navigation. */
public enum Section {
    OVERVIEW("overview", "index.html", site -> true),
    COMPLIANCE("compliance", "compliance/index.html", site -> true),
    POLICIES("policies", "policies/index.html", site -> !site.policies().isEmpty()),
    CONTROLS("controls", "controls/index.html", site -> !site.controls().isEmpty()),
    AI("ai", "ai/index.html", site -> !site.aiSystems().isEmpty()),
    SUBPROCESSORS("subprocessors", "subprocessors/index.html",
            site -> !site.subprocessors().subprocessors().isEmpty() || !site.subprocessors().changes().isEmpty()),
    DOCUMENTS("documents", "documents/index.html", site -> !site.documents().isEmpty()),
    ANSWERS("answers", "answers/index.html", site -> !site.answers().isEmpty()),
    FAQ("faq", "faq/index.html", site -> !site.faq().isEmpty() || site.answers().stream().anyMatch(Section::onFaq)),
    UPDATES("updates", "updates/index.html", site -> !site.updates().isEmpty()),
    REQUEST_ACCESS("requestAccess", "request-access/index.html", Section::hasConfidentialMaterial);

    /** The last part of the section's message key. */
    private final String label;
    private final String path;
    private final Predicate<TrustCenter> present;

    Section(String label, String path, Predicate<TrustCenter> present) {
        this.label = label;
        this.path = path;
        this.present = present;
    }

    /** The key of the section's name in the message catalogues ("nav.subprocessors"). */
    String key() {
        return "nav." + label;
    }

    String path() {
        return path;
    }

    boolean presentIn(TrustCenter site) {
        return present.test(site);
    }

    /** A public answer marked faq: true is shown on the FAQ page too. */
    public static boolean onFaq(Answer answer) {
        return answer.faq() && answer.visibility() == Answer.Visibility.PUBLIC;
    }

    static List<Section> presentSections(TrustCenter site) {
        return Arrays.stream(values()).filter(s -> s.presentIn(site)).toList();
    }

    /** Anything a prospect can only get on request: a gated document, or a policy that is not public. */
    static boolean hasConfidentialMaterial(TrustCenter site) {
        return site.documents().stream().anyMatch(d -> d.gated())
                || site.policies().stream().anyMatch(p -> p.visibility() != Policy.Visibility.PUBLIC);
    }
}
