package dev.trustcenter.render.view;

import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.EntryText;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.i18n.Messages;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.AiActPosture;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Posture;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.Country;
import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.model.Document;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns an {@link EntryStatus} into the words and facts its card and page show, per framework profile. */
public final class EntryViews {

    private final Markdown markdown;
    private final TrustCenter site;
    private final Map<String, Document> documents;
    private final int reportMaxAgeMonths;
    private final Messages m;
    /** From a language's root to the site's, where documents are: "" or "../". */
    private final String up;

    public EntryViews(Markdown markdown, TrustCenter site, int reportMaxAgeMonths, Messages messages, String up) {
        this.site = site;
        List<Document> documents = site.documents();
        this.markdown = markdown;
        this.m = messages;
        this.up = up;
        this.documents = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        this.reportMaxAgeMonths = reportMaxAgeMonths;
    }

    public EntryView view(EntryStatus status, String root) {
        ComplianceEntry entry = status.entry();
        EntryText text = EntryText.of(site, m.language(), EntryTranslation.Target.COMPLIANCE, entry.id());
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(m.text("entry.framework"), entry.framework().name()));
        if (!entry.framework().issuer().isEmpty()) {
            facts.add(Fact.of(m.text("entry.publishedBy"), entry.framework().issuer()));
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
        target(entry).ifPresent(t -> facts.add(Fact.of(m.text("entry.target"), words(t))));
        List<DocumentView> docs = entry.documents().stream()
                .map(documents::get)
                .map(d -> DocumentView.of(d, root, up, m,
                        EntryText.of(site, m.language(), EntryTranslation.Target.DOCUMENT, d.id())))
                .toList();
        return new EntryView(entry.id(), entry.framework().name(), entry.framework().shortName(),
                m.label(entry.framework().kind()), entry.framework().issuer(), StatusView.of(status, m), headline,
                statusNote(status, m), warning(status, m), List.copyOf(facts),
                entry.summary().map(summary -> markdown.toHtml(text.text("summary", summary))).orElse(null), docs,
                root + "compliance/" + entry.id() + "/index.html", text.lang(), text.dir(),
                // A card whose report is confidential offers the request straight away, pre-filled.
                docs.stream().filter(DocumentView::gated).map(DocumentView::requestHref).findFirst().orElse(null));
    }

    private String soc(SocReport soc, EntryStatus status, List<Fact> facts) {
        String type = soc.type().map(t -> m.text(t == 2 ? "soc.type2" : "soc.type1")).orElse(null);
        if (type != null) {
            facts.add(Fact.of(m.text("soc.report"), m.text(soc.type().get() == 2 ? "soc.report.type2" : "soc.report.type1",
                    type)));
        }
        soc.period().ifPresent(p -> facts.add(Fact.of(m.text("soc.period"), m.text("range", p.start(), p.end()))));
        soc.asOf().ifPresent(d -> facts.add(Fact.of(m.text("soc.asOf"), words(d))));
        soc.reportDate().ifPresent(d -> facts.add(Fact.of(m.text("soc.reportDate"), words(d))));
        soc.auditor().ifPresent(a -> facts.add(Fact.of(m.text("soc.auditor"), a)));
        facts.add(Fact.list(m.text("soc.criteria"), soc.criteria().stream().map(m::label).toList()));
        status.validUntil().ifPresent(d -> facts.add(Fact.of(m.text("soc.currentUntil"),
                m.text(soc.type().orElse(2) == 2 ? "soc.currentUntil.period" : "soc.currentUntil.asOf", d,
                        reportMaxAgeMonths))));
        status.bridgeLetter().ifPresent(b -> facts.add(Fact.of(m.text("soc.bridgeLetter"),
                m.text("soc.bridgeLetter.text", b.date(), soc.coverageEnd().orElseThrow()))));
        soc.opinion().ifPresent(o -> facts.add(Fact.of(m.text("soc.opinion"), m.text("soc.opinion." + o.name()))));
        soc.exceptions().ifPresent(n -> facts.add(Fact.of(m.text("soc.exceptions"), m.text("soc.exceptions.text", n))));
        if (!soc.subserviceOrganizations().isEmpty()) {
            facts.add(Fact.list(m.text("soc.subservice"), soc.subserviceOrganizations().stream()
                    .map(o -> m.text(o.method() == ComplianceEntry.SubserviceMethod.CARVE_OUT
                            ? "soc.subservice.carveOut" : "soc.subservice.inclusive", o.name()))
                    .toList()));
        }
        // A modified opinion is what a buyer most needs to know: it goes in the headline, on every card.
        String modified = soc.opinion().filter(ComplianceEntry.Opinion::modified)
                .map(o -> " · " + m.text("soc.modified." + o.name())).orElse("");
        if (type == null) {
            return m.text("soc.headline.attestation") + modified;
        }
        String when = soc.period().map(p -> m.text("range", p.start(), p.end()))
                .or(() -> soc.asOf().map(d -> m.text("soc.headline.asOf", d)))
                .orElse("");
        return m.text("soc.headline", type) + (when.isEmpty() ? "" : " · " + when) + modified;
    }

    private String words(LocalDate date) {
        return m.date(date);
    }

    private String certificate(Certificate cert, List<Fact> facts) {
        cert.certificateNumber().ifPresent(n -> facts.add(Fact.of(m.text("cert.number"), n)));
        cert.certificationBody().ifPresent(b -> facts.add(Fact.of(m.text("cert.body"), b)));
        cert.accreditationBody().ifPresent(b -> facts.add(Fact.of(m.text("cert.accreditation"), b)));
        cert.edition().ifPresent(e -> facts.add(Fact.of(m.text("cert.edition"), e)));
        cert.issued().ifPresent(d -> facts.add(Fact.of(m.text("cert.issued"), words(d))));
        cert.expires().ifPresent(d -> facts.add(Fact.of(m.text("cert.expires"), words(d))));
        if (!cert.surveillanceAudits().isEmpty()) {
            facts.add(Fact.list(m.text("cert.surveillance"), cert.surveillanceAudits().stream()
                    .map(a -> m.text("cert.surveillance.item", a.date(),
                            a.result().map(m::label).orElse(m.text("cert.surveillance.planned"))))
                    .toList()));
        }
        cert.scope().ifPresent(s -> facts.add(Fact.of(m.text("entry.scope"), s)));
        return cert.certificateNumber().map(n -> m.text("cert.headline", n)
                + cert.certificationBody().map(b -> " · " + b).orElse("")).orElse(m.text("cert.headline.none"));
    }

    private String difc(DifcRegistration difc, List<Fact> facts) {
        difc.notification().ifPresent(n -> {
            facts.add(Fact.of(m.text("difc.number"), n.number()));
            n.renewed().ifPresent(d -> facts.add(Fact.of(m.text("difc.renewed"), words(d))));
            facts.add(Fact.of(m.text("difc.expires"), words(n.expires())));
        });
        difc.dpo().ifPresent(dpo -> facts.add(dpo.email()
                .map(e -> Fact.link(m.text("difc.dpo"), dpo.name() + " (" + e + ")", "mailto:" + e))
                .orElse(Fact.of(m.text("difc.dpo"), dpo.name()))));
        facts.add(Fact.of(m.text("difc.highRisk"), m.text(difc.highRiskProcessing() ? "yes" : "no")));
        if (!difc.transfers().isEmpty()) {
            facts.add(Fact.list(m.text("difc.transfers"), difc.transfers().stream()
                    .map(t -> m.label(t.mechanism()) + ": " + countries(t.destinations()))
                    .toList()));
        }
        difc.breachNotification().ifPresent(b -> facts.add(Fact.of(m.text("difc.breach"), b)));
        return difc.notification().map(n -> m.text("difc.headline", n.number()))
                .orElse(m.text("difc.headline.none"));
    }

    private String aiAct(AiActPosture ai, List<Fact> facts) {
        ai.role().ifPresent(r -> facts.add(Fact.of(m.text("aiAct.role"), m.label(r))));
        ai.riskTier().ifPresent(t -> facts.add(Fact.of(m.text("aiAct.tier"), m.label(t))));
        return ai.role().map(m::label)
                .map(r -> r + ai.riskTier().map(t -> " · " + m.label(t)).orElse(""))
                .orElse(m.text("aiAct.headline.none"));
    }

    private String posture(Posture posture, List<Fact> facts) {
        posture.scope().ifPresent(s -> facts.add(Fact.of(m.text("entry.scope"), s)));
        posture.updated().ifPresent(d -> facts.add(Fact.of(m.text("entry.updated"), words(d))));
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
    public static String statusNote(EntryStatus status, Messages m) {
        LocalDate until = status.validUntil().orElse(null);
        boolean report = status.entry().details() instanceof SocReport;
        boolean notification = status.entry().details() instanceof DifcRegistration;
        return switch (status.status()) {
            case CURRENT -> report ? m.text("note.currentUntil", until)
                    : notification ? m.text("note.notificationValidUntil", until)
                    : status.validUntil().isPresent() ? m.text("note.validUntil", until) : postureNote(status, m);
            case EXPIRING_SOON -> m.text(notification ? "note.notificationExpiresOn" : "note.expiresOn", until);
            case EXPIRED -> m.text(notification ? "note.notificationExpiredOn" : "note.expiredOn", until);
            case STALE -> m.text("note.staleSince", status.validUntil().orElseThrow().plusDays(1));
            case SUSPENDED -> m.text("note.suspended");
            case WITHDRAWN -> m.text("note.withdrawn");
            case IN_PROGRESS -> target(status.entry()).map(t -> m.text("note.inProgressTarget", t))
                    .orElse(m.text("note.inProgress"));
            case PLANNED -> target(status.entry()).map(t -> m.text("note.plannedTarget", t)).orElse(m.text("note.planned"));
            case NOT_APPLICABLE -> m.text("note.notApplicable");
        };
    }

    /**
     * A regulation or framework has no certificate and no expiry: its card says the posture is the company's own
     * statement, and when it was last reviewed if the file says.
     */
    private static String postureNote(EntryStatus status, Messages m) {
        if (status.entry().details() instanceof Posture posture && posture.updated().isPresent()) {
            return m.text("note.selfDeclaredReviewed", posture.updated().get());
        }
        return m.text("note.selfDeclared");
    }

    /** What the page must say when the dates contradict the declared status, or when the report is stale. */
    public static String warning(EntryStatus status, Messages m) {
        LocalDate until = status.validUntil().orElse(null);
        var retired = status.lapsedWithEdition();
        if (retired.isPresent()) {
            return m.text("warning.retiredEdition", retired.get().edition(), status.entry().framework().shortName(),
                    until);
        }
        if (status.overridesClaim()) {
            return m.text(status.entry().details() instanceof DifcRegistration
                    ? "warning.notificationExpired" : "warning.certifiedButExpired", until);
        }
        if (status.status() == Status.EXPIRED) {
            return m.text("warning.expired", until);
        }
        if (status.status() == Status.STALE) {
            return m.text("warning.stale");
        }
        return null;
    }

    private String countries(List<Country> countries) {
        return countries.stream().map(c -> m.country(c.code()) + " (" + c.code() + ")").collect(Collectors.joining(", "));
    }
}
