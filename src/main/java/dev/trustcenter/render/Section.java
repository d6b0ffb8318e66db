package dev.trustcenter.render;

import dev.trustcenter.model.Answer;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.TrustCenter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The sections of the site, in navigation order. A section with no content is left out of the navigation. */
public enum Section {
    OVERVIEW("Overview", "index.html", site -> true),
    COMPLIANCE("Compliance", "compliance/index.html", site -> true),
    POLICIES("Policies", "policies/index.html", site -> !site.policies().isEmpty()),
    CONTROLS("Controls", "controls/index.html", site -> !site.controls().isEmpty()),
    AI("AI", "ai/index.html", site -> !site.aiSystems().isEmpty()),
    SUBPROCESSORS("Subprocessors", "subprocessors/index.html",
            site -> !site.subprocessors().subprocessors().isEmpty() || !site.subprocessors().changes().isEmpty()),
    DOCUMENTS("Documents", "documents/index.html", site -> !site.documents().isEmpty()),
    ANSWERS("Answers", "answers/index.html", site -> !site.answers().isEmpty()),
    FAQ("FAQ", "faq/index.html", site -> !site.faq().isEmpty() || site.answers().stream().anyMatch(Section::onFaq)),
    UPDATES("Updates", "updates/index.html", site -> !site.updates().isEmpty()),
    REQUEST_ACCESS("Request access", "request-access/index.html", Section::hasConfidentialMaterial);

    private final String label;
    private final String path;
    private final Predicate<TrustCenter> present;

    Section(String label, String path, Predicate<TrustCenter> present) {
        this.label = label;
        this.path = path;
        this.present = present;
    }

    String label() {
        return label;
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
