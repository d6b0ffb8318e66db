package dev.trustcenter.render.view;

import dev.trustcenter.render.Markdown;

import static dev.trustcenter.render.view.DateView.words;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.AiActPosture;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Posture;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.Country;
import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.TrustServicesCategory;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns an {@link EntryStatus} into the words and facts its card and page show, per framework profile. */
public final class EntryViews {

    private final Markdown markdown;
    private final Map<String, Document> documents;
    private final int reportMaxAgeMonths;

    public EntryViews(Markdown markdown, List<Document> documents, int reportMaxAgeMonths) {
        this.markdown = markdown;
        this.documents = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        this.reportMaxAgeMonths = reportMaxAgeMonths;
    }

    public EntryView view(EntryStatus status, String root) {
        ComplianceEntry entry = status.entry();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("Framework", entry.framework().name()));
        if (!entry.framework().issuer().isEmpty()) {
            facts.add(Fact.of("Published by", entry.framework().issuer()));
        }
        String headline;
        if (entry.details() instanceof SocReport soc) {
            headline = soc(soc, status, facts);
        } else if (entry.details() instanceof Certificate cert) {
            headline = certificate(cert, facts);
        } else if (entry.details() instanceof DifcRegistration difc) {
            headline = difc(difc, facts);
        } else if (entry.details() instanceof AiActPosture ai) {
            headline = aiAct(ai, facts);
        } else {
            headline = posture((Posture) entry.details(), facts);
        }
        target(entry).ifPresent(t -> facts.add(Fact.of("Target date", words(t))));
        List<DocumentView> docs = entry.documents().stream()
                .map(documents::get)
                .map(d -> DocumentView.of(d, root))
                .toList();
        return new EntryView(entry.id(), entry.framework().name(), entry.framework().shortName(),
                entry.framework().kind().label(), entry.framework().issuer(), StatusView.of(status), headline,
                statusNote(status), warning(status), List.copyOf(facts),
                entry.summary().map(markdown::toHtml).orElse(null), docs,
                root + "compliance/" + entry.id() + "/index.html",
                // A card whose report is confidential offers the request straight away, pre-filled.
                docs.stream().filter(DocumentView::gated).map(DocumentView::requestHref).findFirst().orElse(null));
    }

    private String soc(SocReport soc, EntryStatus status, List<Fact> facts) {
        String type = soc.type().map(t -> t == 2 ? "Type II" : "Type I").orElse(null);
        if (type != null) {
            facts.add(Fact.of("Report", type + (soc.type().get() == 2
                    ? " (design and operating effectiveness over a period)"
                    : " (design of controls as of one date)")));
        }
        soc.period().ifPresent(p -> facts.add(Fact.of("Observation period", words(p.start()) + " – " + words(p.end()))));
        soc.asOf().ifPresent(d -> facts.add(Fact.of("Controls examined as of", words(d))));
        soc.reportDate().ifPresent(d -> facts.add(Fact.of("Report date", words(d))));
        soc.auditor().ifPresent(a -> facts.add(Fact.of("Service auditor", a)));
        facts.add(Fact.list("Trust Services Criteria in scope",
                soc.criteria().stream().map(TrustServicesCategory::label).toList()));
        status.validUntil().ifPresent(d -> facts.add(Fact.of("Current until", words(d)
                + " (" + reportMaxAgeMonths + " months after the " + (soc.type().orElse(2) == 2 ? "period end" : "as-of date")
                + ")")));
        status.bridgeLetter().ifPresent(b -> facts.add(Fact.of("Bridge letter",
                "Dated " + words(b.date()) + ", covering the time since " + words(soc.coverageEnd().orElseThrow())
                        + " (written by management, not the auditor)")));
        soc.opinion().ifPresent(o -> facts.add(Fact.of("Auditor's opinion", opinion(o))));
        soc.exceptions().ifPresent(n -> facts.add(Fact.of("Exceptions noted", n == 0 ? "None"
                : n + (n == 1 ? " exception" : " exceptions") + ", with management's response, described in the report")));
        if (!soc.subserviceOrganizations().isEmpty()) {
            facts.add(Fact.list("Subservice organizations", soc.subserviceOrganizations().stream()
                    .map(o -> o.name() + (o.method() == ComplianceEntry.SubserviceMethod.CARVE_OUT
                            ? " (carve-out: its controls are covered by its own reports, not this one)"
                            : " (inclusive: its controls are in this report)"))
                    .toList()));
        }
        // A modified opinion is what a buyer most needs to know: it goes in the headline, on every card.
        String modified = soc.opinion().filter(ComplianceEntry.Opinion::modified)
                .map(o -> " · " + MODIFIED_OPINION.get(o)).orElse("");
        if (type == null) {
            return "Attestation report" + modified;
        }
        String when = soc.period().map(p -> words(p.start()) + " – " + words(p.end()))
                .or(() -> soc.asOf().map(d -> "as of " + words(d)))
                .orElse("");
        return type + " report" + (when.isEmpty() ? "" : " · " + when) + modified;
    }

    private static final Map<ComplianceEntry.Opinion, String> MODIFIED_OPINION = Map.of(
            ComplianceEntry.Opinion.QUALIFIED, "Qualified opinion",
            ComplianceEntry.Opinion.ADVERSE, "Adverse opinion",
            ComplianceEntry.Opinion.DISCLAIMER, "Disclaimer of opinion");

    /** The auditor's opinion in words a buyer reads without the attestation standards at hand. */
    static String opinion(ComplianceEntry.Opinion opinion) {
        return switch (opinion) {
            case UNQUALIFIED -> "Unqualified: the controls were suitably designed and operated as described";
            case QUALIFIED -> "Qualified: the auditor found that some controls were not suitably designed or did not "
                    + "operate effectively; the report says which";
            case ADVERSE -> "Adverse: the auditor found that the controls did not meet the criteria";
            case DISCLAIMER -> "Disclaimer: the auditor could not obtain enough evidence to give an opinion";
        };
    }

    private String certificate(Certificate cert, List<Fact> facts) {
        cert.certificateNumber().ifPresent(n -> facts.add(Fact.of("Certificate number", n)));
        cert.certificationBody().ifPresent(b -> facts.add(Fact.of("Certification body", b)));
        cert.accreditationBody().ifPresent(b -> facts.add(Fact.of("Accreditation body", b)));
        cert.edition().ifPresent(e -> facts.add(Fact.of("Edition", e)));
        cert.issued().ifPresent(d -> facts.add(Fact.of("Issued", words(d))));
        cert.expires().ifPresent(d -> facts.add(Fact.of("Expires", words(d))));
        if (!cert.surveillanceAudits().isEmpty()) {
            facts.add(Fact.list("Surveillance audits", cert.surveillanceAudits().stream()
                    .map(a -> words(a.date()) + ": " + a.result().map(r -> r.name().toLowerCase(Locale.ROOT))
                            .orElse("planned"))
                    .toList()));
        }
        cert.scope().ifPresent(s -> facts.add(Fact.of("Scope", s)));
        return cert.certificateNumber().map(n -> "Certificate " + n
                + cert.certificationBody().map(b -> " · " + b).orElse("")).orElse("Certification");
    }

    private String difc(DifcRegistration difc, List<Fact> facts) {
        difc.notification().ifPresent(n -> {
            facts.add(Fact.of("Notification number", n.number()));
            n.renewed().ifPresent(d -> facts.add(Fact.of("Notification renewed", words(d))));
            facts.add(Fact.of("Notification expires", words(n.expires())));
        });
        difc.dpo().ifPresent(dpo -> facts.add(dpo.email()
                .map(e -> Fact.link("Data protection officer", dpo.name() + " (" + e + ")", "mailto:" + e))
                .orElse(Fact.of("Data protection officer", dpo.name()))));
        facts.add(Fact.of("High-risk processing", difc.highRiskProcessing() ? "Yes" : "No"));
        if (!difc.transfers().isEmpty()) {
            facts.add(Fact.list("International transfers", difc.transfers().stream()
                    .map(t -> t.mechanism().label() + ": " + countries(t.destinations()))
                    .toList()));
        }
        difc.breachNotification().ifPresent(b -> facts.add(Fact.of("Breach notification", b)));
        return difc.notification().map(n -> "Notification " + n.number() + " with the Commissioner of Data Protection")
                .orElse("DIFC Data Protection Law");
    }

    private String aiAct(AiActPosture ai, List<Fact> facts) {
        ai.role().ifPresent(r -> facts.add(Fact.of("Role", capitalize(lower(r.name())))));
        ai.riskTier().ifPresent(t -> facts.add(Fact.of("Risk tier", t == ComplianceEntry.RiskTier.GPAI
                ? "General-purpose AI model" : capitalize(lower(t.name())) + " risk")));
        return ai.role().map(r -> capitalize(lower(r.name())))
                .map(r -> r + ai.riskTier().map(t -> " · " + (t == ComplianceEntry.RiskTier.GPAI
                        ? "general-purpose AI" : lower(t.name()) + " risk")).orElse(""))
                .orElse("Regulation (EU) 2024/1689");
    }

    private String posture(Posture posture, List<Fact> facts) {
        posture.scope().ifPresent(s -> facts.add(Fact.of("Scope", s)));
        posture.updated().ifPresent(d -> facts.add(Fact.of("Last updated", words(d))));
        return posture.scope().orElse("");
    }

    private static Optional<LocalDate> target(ComplianceEntry entry) {
        if (entry.status() != DeclaredStatus.PLANNED && entry.status() != DeclaredStatus.IN_PROGRESS) {
            return Optional.empty();
        }
        if (entry.details() instanceof SocReport soc) {
            return soc.target();
        }
        if (entry.details() instanceof Certificate cert) {
            return cert.target();
        }
        if (entry.details() instanceof AiActPosture ai) {
            return ai.target();
        }
        if (entry.details() instanceof Posture posture) {
            return posture.target();
        }
        return Optional.empty();
    }

    /** One sentence on the status, with its date. */
    static String statusNote(EntryStatus status) {
        String until = status.validUntil().map(DateView::words).orElse("");
        boolean report = status.entry().details() instanceof SocReport;
        boolean notification = status.entry().details() instanceof DifcRegistration;
        return switch (status.status()) {
            case CURRENT -> report ? "Current until " + until
                    : notification ? "Notification valid until " + until
                    : status.validUntil().isPresent() ? "Valid until " + until : postureNote(status);
            case EXPIRING_SOON -> (notification ? "Notification expires on " : "Expires on ") + until;
            case EXPIRED -> (notification ? "Notification expired on " : "Expired on ") + until;
            case STALE -> "Stale since " + words(status.validUntil().orElseThrow().plusDays(1));
            case SUSPENDED -> "Suspended by the certification body";
            case WITHDRAWN -> "Withdrawn by the certification body";
            case IN_PROGRESS -> target(status.entry()).map(t -> "In progress, target " + words(t)).orElse("In progress");
            case PLANNED -> target(status.entry()).map(t -> "Planned, target " + words(t)).orElse("Planned");
            case NOT_APPLICABLE -> "Does not apply to us";
        };
    }

    /**
     * A regulation or framework has no certificate and no expiry: its card says the posture is the company's own
     * statement, and when it was last reviewed if the file says.
     */
    private static String postureNote(EntryStatus status) {
        if (status.entry().details() instanceof Posture posture && posture.updated().isPresent()) {
            return "Self-declared, reviewed " + words(posture.updated().get());
        }
        return "Self-declared";
    }

    /** What the page must say when the dates contradict the declared status, or when the report is stale. */
    static String warning(EntryStatus status) {
        String until = status.validUntil().map(DateView::words).orElse("");
        var retired = status.lapsedWithEdition();
        if (retired.isPresent()) {
            return "Certificates to the " + retired.get().edition() + " edition of " + status.entry().framework().shortName()
                    + " lost their validity after " + until + ". This one is no longer valid.";
        }
        if (status.overridesClaim()) {
            return status.entry().details() instanceof DifcRegistration
                    ? "The notification to the Commissioner expired on " + until + " and has not been recorded as renewed."
                    : "This certificate expired on " + until + ". It is listed as certified, but it is no longer valid.";
        }
        if (status.status() == Status.EXPIRED) {
            return "This certificate expired on " + until + ".";
        }
        if (status.status() == Status.STALE) {
            return "The most recent report covers a period that ended more than the accepted age ago; a newer report "
                    + "has not been published.";
        }
        return null;
    }

    private static String countries(List<Country> countries) {
        return countries.stream().map(c -> c.name() + " (" + c.code() + ")").collect(Collectors.joining(", "));
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
