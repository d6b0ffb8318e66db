package dev.trustcenter.rules;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.DeclaredStatus;
import java.util.Comparator;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * The validate stage: checks that hold across files and need no date. Every finding here is an error,
 * because publishing past it would make a claim the content does not support.
 */
public final class Validation {

    private Validation() {}

    public static Diagnostics validate(TrustCenter site) {
        return validate(site, Set.of());
    }

    /**
     * @param declaredDocuments ids that documents.yaml lists but that did not load (their own errors are reported);
     *                          references to them are not reported again
     */
    public static Diagnostics validate(TrustCenter site, Set<String> declaredDocuments) {
        Diagnostics d = new Diagnostics();
        unique(d, site.compliance(), ComplianceEntry::id, ComplianceEntry::source, "compliance entry id");
        unique(d, site.documents(), Document::id, Document::source, "document id");
        unique(d, site.subprocessors().subprocessors(), s -> s.name().toLowerCase(Locale.ROOT), s -> s.source(),
                "subprocessor name");
        Set<String> documentIds = new TreeSet<>(declaredDocuments);
        site.documents().stream().map(Document::id).forEach(documentIds::add);
        for (ComplianceEntry entry : site.compliance()) {
            for (String id : entry.documents()) {
                documentReference(d, entry.source(), id, documentIds, "The " + entry.framework().shortName() + " entry");
            }
            if (entry.details() instanceof SocReport soc) {
                soc.bridgeLetter().flatMap(b -> b.document()).ifPresent(id ->
                        documentReference(d, entry.source(), id, documentIds, "The bridge letter of " + entry.id()));
            }
            if (entry.details() instanceof Certificate cert) {
                validityLimit(d, entry, cert);
            }
        }
        for (Policy policy : site.policies()) {
            for (Policy.ControlRef ref : policy.mapsTo()) {
                controlReference(d, site, "The policy \"" + policy.slug() + "\"", ref);
            }
        }
        controls(d, site, declaredDocuments);
        subserviceOrganizations(d, site);
        aiSystems(d, site, documentIds);
        answers(d, site, declaredDocuments);
        TranslationRules.check(site, d);
        return d;
    }

    private static <T> void unique(Diagnostics d, List<T> items, Function<T, String> key, Function<T, Source> source,
                                   String what) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            T first = seen.putIfAbsent(key.apply(item), item);
            if (first != null) {
                d.error("duplicate-id", source.apply(item), "The " + what + " \"" + key.apply(item)
                        + "\" is used twice; it was first used at " + source.apply(first) + ".",
                        "Each " + what + " must be unique. Rename or remove one of them.");
            }
        }
    }

    private static void documentReference(Diagnostics d, Source at, String id, Collection<String> ids, String who) {
        if (!ids.contains(id)) {
            d.error("unknown-document", at, who + " refers to the document \"" + id + "\", which documents.yaml does not list.",
                    ids.isEmpty() ? "Add it to content/documents.yaml." : Suggestions.hint(id, ids));
        }
    }

    /** ISO/IEC 17021-1: a management-system certificate runs for at most three years. */
    private static void validityLimit(Diagnostics d, ComplianceEntry entry, Certificate cert) {
        Integer years = entry.framework().maxValidityYears();
        if (years == null || cert.issued().isEmpty() || cert.expires().isEmpty()) {
            return;
        }
        LocalDate limit = cert.issued().get().plusYears(years);
        if (cert.expires().get().isAfter(limit)) {
            d.error("certificate-validity", entry.source(), "The " + entry.framework().shortName() + " certificate runs from "
                    + cert.issued().get() + " to " + cert.expires().get() + ", longer than the " + years
                    + " years a certificate can be valid.", "Check the expiry date on the certificate; it should be on or before "
                    + limit + ".");
        }
    }

    /** A control number of a retired edition (ISO 27001:2013's A.9.2): say so, and name its current numbers. */
    private static boolean renumbered(Diagnostics d, String who, Framework framework, Policy.ControlRef ref) {
        for (Framework.RetiredEdition edition : framework.retiredEditions()) {
            List<String> now = edition.replacements(ref.control());
            if (!now.isEmpty()) {
                String current = now.stream().map(c -> ref.framework() + ":" + c).collect(Collectors.joining(", "));
                d.error("unknown-control", ref.source(), who + " maps to \"" + ref
                        + "\", a control number of the " + edition.edition() + " edition of " + framework.shortName()
                        + ", whose certificates lost validity on " + Words.date(edition.validUntil()) + "; "
                        + framework.name() + " numbers its controls differently.",
                        "In the current edition that is " + current + ": write "
                                + (now.size() == 1 ? "it" : "the ones the policy covers") + " instead.");
                return true;
            }
        }
        return false;
    }

    private static void controlReference(Diagnostics d, TrustCenter site, String who, Policy.ControlRef ref) {
        Optional<Framework> framework = site.frameworks().find(ref.framework());
        if (framework.isEmpty()) {
            d.error("unknown-control", ref.source(), who + " maps to \"" + ref
                    + "\", but \"" + ref.framework() + "\" is not a known framework.", Suggestions.hint(ref.framework(),
                    site.frameworks().ids()));
            return;
        }
        List<String> controls = framework.get().controls();
        if (controls.isEmpty()) {
            d.error("unknown-control", ref.source(), who + " maps to \"" + ref
                    + "\", but the catalogue has no control list for " + framework.get().shortName() + " to check it against.",
                    "Map to a framework with a control list (soc2, iso27001, iso42001, gdpr, eu-ai-act), "
                            + "or declare the controls under \"frameworks:\" in site-config.yaml.");
        } else if (!framework.get().hasControl(ref.control()) && renumbered(d, who, framework.get(), ref)) {
            return;
        } else if (!framework.get().hasControl(ref.control())) {
            d.error("unknown-control", ref.source(), who + " maps to \"" + ref
                    + "\", which is not a control of " + framework.get().name() + ".",
                    Suggestions.closest(ref.control(), controls).map(c -> "Did you mean \"" + ref.framework() + ":" + c + "\"?")
                            .orElse("Check the identifier against the standard, for example "
                                    + ref.framework() + ":" + controls.get(0) + "."));
        }
    }

    /**
     * Controls: unique ids, evidence that exists, requirements the catalogue knows, and no control that claims an
     * Annex A control the Statement of Applicability excludes.
     */
    private static void controls(Diagnostics d, TrustCenter site, Set<String> declaredDocuments) {
        unique(d, site.controls(), Control::id, Control::source, "control id");
        EvidenceIndex evidence = EvidenceIndex.of(site, declaredDocuments);
        for (Control control : site.controls()) {
            String who = "The control \"" + control.id() + "\"";
            control.evidence().forEach(ref -> evidence.check(d, who, ref, EvidenceIndex.CONTROL_EVIDENCE));
            control.mapsTo().forEach(ref -> controlReference(d, site, who, ref));
        }
        for (ComplianceEntry entry : site.compliance()) {
            if (entry.details() instanceof Certificate cert && cert.statementOfApplicability().isPresent()) {
                for (ComplianceEntry.Exclusion exclusion : cert.statementOfApplicability().get().excluded()) {
                    site.controls().stream()
                            .filter(c -> c.implementation().operating()
                                    && c.mapsTo(entry.framework().id(), exclusion.control()))
                            .forEach(c -> d.error("soa-contradiction", exclusion.source(), "The Statement of "
                                    + "Applicability of " + entry.id() + " excludes " + exclusion.control() + ", but the "
                                    + "control \"" + c.id() + "\" (" + c.implementation().id() + ") claims to implement "
                                    + "it, at " + c.source() + ".", "Either the control applies (remove the exclusion) "
                                    + "or it does not (remove " + entry.framework().id() + ":" + exclusion.control()
                                    + " from the control's maps_to)."));
                }
            }
        }
    }

    /** A SOC report's subservice organizations are third parties that handle data: the subprocessor list names them. */
    private static void subserviceOrganizations(Diagnostics d, TrustCenter site) {
        List<String> names = site.subprocessors().subprocessors().stream().map(s -> s.name()).toList();
        Set<String> lower = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (ComplianceEntry entry : site.compliance()) {
            if (entry.details() instanceof SocReport soc) {
                for (ComplianceEntry.SubserviceOrganization org : soc.subserviceOrganizations()) {
                    if (!lower.contains(org.name().strip().toLowerCase(Locale.ROOT))) {
                        d.error("subservice-not-subprocessor", org.source(), "The " + entry.framework().shortName()
                                + " report names \"" + org.name() + "\" as a subservice organization, but the "
                                + "subprocessor list does not.", Suggestions.closest(org.name(), names)
                                .or(() -> names.stream().filter(n -> n.toLowerCase(Locale.ROOT)
                                        .startsWith(org.name().strip().toLowerCase(Locale.ROOT))).findFirst())
                                .map(n -> "Did you mean \"" + n + "\"?")
                                .orElse("Add it to content/subprocessors.yaml: it handles your customers' data."));
                    }
                }
            }
        }
    }

    /**
     * The AI system register against the rest of the content: unique ids, policies and documents that exist,
     * requirements the catalogue knows, providers the subprocessor list names (or the company itself), Regulation
     * 10 facts wherever the DIFC law applies, and a company-level EU AI Act entry that is no lower than its systems.
     */
    private static void aiSystems(Diagnostics d, TrustCenter site, Set<String> documentIds) {
        unique(d, site.aiSystems(), AiSystem::id, AiSystem::source, "AI system id");
        List<String> policyIds = site.policies().stream().map(Policy::slug).toList();
        List<String> providers = site.subprocessors().subprocessors().stream().map(s -> s.name()).toList();
        boolean difc = site.compliance().stream().anyMatch(e -> e.framework().profile() == Framework.Profile.DIFC
                && e.status() != DeclaredStatus.NOT_APPLICABLE);
        for (AiSystem system : site.aiSystems()) {
            String who = "The AI system \"" + system.id() + "\"";
            for (Control.Reference policy : system.policies()) {
                if (!policyIds.contains(policy.id())) {
                    d.error("unknown-policy", policy.source(), who + " names the policy \"" + policy.id() + "\", but "
                            + "there is no content/policies/" + policy.id() + ".md.", policyIds.isEmpty()
                            ? "Add the policy under content/policies/." : Suggestions.hint(policy.id(), policyIds));
                }
            }
            for (AiSystem.Evaluation evaluation : system.evaluations()) {
                evaluation.document().ifPresent(id -> documentReference(d, evaluation.source(), id, documentIds,
                        "The " + evaluation.kind() + " evaluation of " + system.id()));
            }
            system.mapsTo().forEach(ref -> controlReference(d, site, who, ref));
            if (system.active()) {
                for (AiSystem.Model model : system.models()) {
                    if (!site.config().company().named(model.provider()) && providers.stream()
                            .noneMatch(n -> n.strip().equalsIgnoreCase(model.provider().strip()))) {
                        d.error("ai-provider-unknown", model.source(), who + " runs " + model.name() + " from \""
                                + model.provider() + "\", which is neither " + site.config().company().name()
                                + " nor on the subprocessor list.", Suggestions.closest(model.provider(), providers)
                                .map(n -> "Did you mean \"" + n + "\"? ").orElse("") + "A model provider handles "
                                + "your customers' prompts: add it to content/subprocessors.yaml with "
                                + "ai_model_provider: true, or write the company's own name for its own model.");
                    }
                }
            }
            if (difc && system.processesPersonalData() && system.difcRegulation10().isEmpty()
                    && system.active()) {
                d.error("ai-difc-regulation-10-missing", system.source(), who + " processes personal data and the "
                        + "trust center declares the DIFC Data Protection Law, so Regulation 10 (personal data "
                        + "processed through autonomous and semi-autonomous systems) applies, but the system gives no "
                        + "difc_regulation_10.", "Add difc_regulation_10: {role: deployer, notice: \"https://…\"} with "
                        + "your role (deployer, operator or provider) and the notice users see.");
            }
        }
        aiActAgreement(d, site);
    }

    /** The company-level EU AI Act entry declares a risk tier no lower than the highest of its systems. */
    private static void aiActAgreement(Diagnostics d, TrustCenter site) {
        for (ComplianceEntry entry : site.compliance()) {
            if (!(entry.details() instanceof ComplianceEntry.AiActPosture posture) || posture.riskTier().isEmpty()) {
                continue;
            }
            ComplianceEntry.RiskTier company = posture.riskTier().get();
            List<AiSystem> active = site.aiSystems().stream().filter(s -> s.active()).toList();
            Optional<AiSystem> higher = active.stream()
                    .filter(s -> company != ComplianceEntry.RiskTier.GPAI
                            && rank(s.euAiAct().riskTier()) > rank(company))
                    .max(Comparator.comparing(s -> rank(s.euAiAct().riskTier())));
            higher.ifPresent(s -> d.error("ai-act-register-mismatch", entry.source(), "The EU AI Act entry "
                    + entry.id() + " declares the company " + tierWord(company) + ", but the AI system \"" + s.id()
                    + "\" is " + tierWord(s.euAiAct().riskTier()) + " (" + s.euAiAct().source() + ").",
                    "Set risk_tier: " + s.euAiAct().riskTier().name().toLowerCase(Locale.ROOT) + " on the entry, or "
                            + "correct the system's tier: the company is as high-risk as its highest system."));
            if (company == ComplianceEntry.RiskTier.GPAI && !active.isEmpty()
                    && active.stream().noneMatch(s -> s.euAiAct().gpai())) {
                d.error("ai-act-register-mismatch", entry.source(), "The EU AI Act entry " + entry.id() + " declares "
                        + "the company a provider of a general-purpose AI model, but no AI system in the register has "
                        + "gpai: true.", "Mark the system that is the model gpai: true, or correct the entry's tier.");
            }
        }
    }

    private static int rank(ComplianceEntry.RiskTier tier) {
        return switch (tier) {
            case MINIMAL -> 0;
            case LIMITED -> 1;
            case HIGH, GPAI -> 2;
            case PROHIBITED -> 3;
        };
    }

    private static String tierWord(ComplianceEntry.RiskTier tier) {
        return tier.name().toLowerCase(Locale.ROOT) + "-risk";
    }

    /**
     * The answer library: unique ids, each questionnaire id answered once, evidence that exists, and no answer that
     * claims more than its evidence: "yes" citing a control that is planned or does not apply.
     */
    private static void answers(Diagnostics d, TrustCenter site, Set<String> declaredDocuments) {
        unique(d, site.answers(), Answer::id, Answer::source, "answer id");
        Map<String, Answer> answered = new HashMap<>();
        for (Answer answer : site.answers()) {
            answer.refs().forEach((catalogue, refs) -> {
                Set<String> own = new HashSet<>();
                for (Answer.Ref ref : refs) {
                    if (!own.add(ref.id())) {
                        d.error("duplicate-ref", ref.source(), "The answer \"" + answer.id() + "\" lists "
                                + catalogue.label() + " " + ref.id() + " twice.", "Remove one of them.");
                        continue;
                    }
                    Answer first = answered.putIfAbsent(catalogue.key() + ":" + ref.id(), answer);
                    if (first != null) {
                        d.error("duplicate-ref", ref.source(), "The answer \"" + answer.id() + "\" answers "
                                + catalogue.label() + " " + ref.id() + ", which the answer \"" + first.id()
                                + "\" already answers (" + first.source() + ").", "Keep one answer per question id: "
                                + "merge the two, or correct the id.");
                    }
                }
            });
        }
        EvidenceIndex evidence = EvidenceIndex.of(site, declaredDocuments);
        Map<String, Control> controls = new HashMap<>();
        site.controls().forEach(c -> controls.putIfAbsent(c.id(), c));
        for (Answer answer : site.answers()) {
            String who = "The answer \"" + answer.id() + "\"";
            for (Control.Reference ref : answer.evidence()) {
                evidence.check(d, who, ref, EvidenceIndex.ANSWER_EVIDENCE);
                if (answer.shortAnswer() != Answer.Short.YES) {
                    continue;
                }
                evidence.resolve(ref.id(), EvidenceIndex.ANSWER_EVIDENCE)
                        .filter(e -> e.kind() == Evidence.Kind.CONTROL)
                        .map(e -> controls.get(e.id()))
                        .filter(c -> !c.implementation().operating())
                        .ifPresent(c -> d.error("answer-overclaims", ref.source(), who + " says \"yes\", but cites the "
                                + "control \"" + c.id() + "\", which is " + c.implementation().id().replace('_', ' ')
                                + ": an answer may not claim more than its evidence.", "Answer \"partial\" or \"no\" "
                                + "and say when it is planned, or cite a control that is in place."));
            }
        }
    }
}
