package dev.trustcenter.model;

import dev.trustcenter.model.ComplianceEntry.AiRole;
import dev.trustcenter.model.ComplianceEntry.RiskTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dated duty of the EU AI Act, from the catalogue: what it is, the articles that state it, the day it applies
 * from, and which systems it binds. The dates are data (frameworks.yaml), so a change of the timetable, such as
 * the Digital Omnibus moving the high-risk duties, moves every status derived from it.
 *
 * @param articles     the articles that bind every system the duty applies to
 * @param roleArticles the articles that bind one role more (Art. 16 for providers, Art. 26 for deployers)
 * @param roles        the roles it binds; empty for every role
 * @param annex        for the high-risk duties, "I" or "III": which Annex makes a system high-risk
 */
public record Obligation(
        String id,
        Kind kind,
        String title,
        List<String> articles,
        Map<AiRole, List<String>> roleArticles,
        LocalDate appliesFrom,
        Set<AiRole> roles,
        Optional<String> annex) {

    public Obligation {
        articles = List.copyOf(articles);
        roleArticles = Map.copyOf(roleArticles);
        roles = Set.copyOf(roles);
    }

    /** What the rules know a duty by: each kind decides which systems it binds. */
    public enum Kind {
        /** Art. 5: binds every system, which must not be a prohibited practice. */
        PROHIBITIONS,
        /** Art. 4: providers and deployers ensure AI literacy of their staff. */
        AI_LITERACY,
        /** Art. 53–55: providers of general-purpose AI models. */
        GPAI,
        /** Art. 50: systems that interact with people or generate content; the limited tier. */
        TRANSPARENCY,
        /** The high-risk duties, for the systems of one Annex. */
        HIGH_RISK
    }

    /** Whether the duty binds a system with these EU AI Act facts. */
    public boolean bindsTo(AiSystem.EuAiAct act) {
        if (!roles.isEmpty() && !roles.contains(act.role())) {
            return false;
        }
        return switch (kind) {
            case PROHIBITIONS, AI_LITERACY -> true;
            case GPAI -> act.gpai();
            case TRANSPARENCY -> act.riskTier() == RiskTier.LIMITED || act.transparencyNotice().isPresent();
            case HIGH_RISK -> act.high() && annex.map(a -> a.equals("I") ? act.annexI().isPresent()
                    : act.annexIii().isPresent()).orElse(true);
        };
    }

    /** Whether the duty applies on a day: from its first day on. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(appliesFrom);
    }

    /** The articles that bind a system in a role: the shared ones, then the role's own. */
    public List<String> articlesFor(AiRole role) {
        List<String> own = roleArticles.getOrDefault(role, List.of());
        return own.isEmpty() ? articles : java.util.stream.Stream.concat(articles.stream(), own.stream()).toList();
    }
}
