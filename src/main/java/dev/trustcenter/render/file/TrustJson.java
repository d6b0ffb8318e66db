package dev.trustcenter.render.file;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.StatusWords;
import dev.trustcenter.render.view.SubprocessorViews;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.AiActPosture;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Posture;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.Country;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.rules.EntryStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * trust.json: the whole public posture for procurement tools, and trust.schema.json, the JSON Schema it
 * conforms to. Gated documents carry their SHA-256 and no URL; non-public policies carry metadata only.
 */
public final class TrustJson implements PageSet {

    static final int SCHEMA_VERSION = 1;

    record Trust(@JsonProperty("$schema") String schema, int schemaVersion, String built, String asOf, Site site,
                 Company company, List<Entry> compliance, List<PolicyMeta> policies, SubprocessorViews.Data subprocessors,
                 List<Doc> documents, List<ControlData.ControlJson> controls, ControlData.CrosswalkJson crosswalk,
                 List<AiSystemData.AiSystemJson> aiSystems) {}

    record Site(String title, String url, String language) {}

    record Company(String name, String legalName, String website, String securityContact, String privacyContact) {}

    record Framework(String id, String name, String kind, String issuer) {}

    record Entry(String id, Framework framework, String status, String statusLabel, String declaredStatus,
                 String validUntil, String url, Details details, List<String> documents) {}

    record PolicyMeta(String slug, String title, String version, String owner, String effective, String lastReviewed,
                      String reviewDue, boolean reviewOverdue, String visibility, List<String> mapsTo, String url) {}

    record Period(String start, String end) {}

    record BridgeLetter(String date) {}

    record Transfer(String mechanism, List<String> destinations) {}

    record Doc(String id, String title, String access, String sha256, long size, String updated, String description,
               String url) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        SiteConfig config = context.config();
        var site = context.site();
        String base = config.site().baseUrl().toString();
        Trust trust = new Trust(base + "trust.schema.json", SCHEMA_VERSION, context.buildDate().toString(),
                context.posture().asOf().toString(),
                new Site(config.site().title(), base, config.site().language()),
                new Company(config.company().name(), config.company().legalName(),
                        config.company().website() == null ? null : config.company().website().toString(),
                        config.contacts().security(), config.contacts().privacy()),
                context.posture().entries().stream().map(e -> entry(e, base, context.messages())).toList(),
                // In a session, an unchanged policy's record is the last build's, so its JSON is found by identity.
                context.posture().policies().stream().map(p -> context.memo(PolicyMeta.class, p, p,
                        () -> new PolicyMeta(p.policy().slug(), p.policy().title(),
                        p.policy().version(), p.policy().owner(), iso(p.policy().effective()),
                        iso(p.policy().lastReviewed()), iso(p.reviewDue()), p.overdue(),
                        p.policy().visibility().name().toLowerCase(Locale.ROOT),
                        p.policy().mapsTo().stream().map(Policy.ControlRef::toString).toList(),
                        base + "policies/" + p.policy().slug() + "/"))).toList(),
                SubprocessorViews.data(context.posture(), context.messages()),
                site.documents().stream().map(d -> doc(d, base)).toList(),
                ControlData.controls(context.posture(), context.controlViews(), base),
                site.controls().isEmpty() ? null : ControlData.crosswalk(context.posture()),
                AiSystemData.systems(context.posture(), base, context.messages()));
        return List.of(new OutputFile("trust.json", (context.json(trust, RecordJson.DATA) + "\n")
                        .getBytes(StandardCharsets.UTF_8)),
                new OutputFile("trust.schema.json", schema()));
    }

    private static Entry entry(EntryStatus status, String base, Messages m) {
        ComplianceEntry e = status.entry();
        var f = e.framework();
        return new Entry(e.id(), new Framework(f.id(), f.name(), f.kind().name().toLowerCase(Locale.ROOT), f.issuer()),
                status.status().id(), StatusWords.label(status, m), e.status().yaml(), status.validUntil().map(TrustJson::iso).orElse(null),
                base + "compliance/" + e.id() + "/", details(e.details()), e.documents());
    }

    /** The facts of an entry, by the keys compliance.yaml uses; absent facts are left out (NON_ABSENT). */
    sealed interface Details permits SocDetails, CertificateDetails, DifcDetails, AiActDetails, PostureDetails {}

    record SocDetails(Integer type, Period period, String asOf, String reportDate, String auditor, List<String> criteria,
                      BridgeLetter bridgeLetter, String target, String opinion, Integer exceptions,
                      List<Subservice> subserviceOrganizations) implements Details {}

    record Subservice(String name, String method) {}

    record Audit(String date, String result) {}

    record CertificateDetails(String certificateNumber, String certificationBody, String accreditationBody,
                              String issued, String expires, List<Audit> surveillanceAudits, String scope,
                              String edition, String target) implements Details {}

    record Notification(String number, String renewed, String expires) {}

    record Dpo(String name, String email) {}

    record DifcDetails(Notification notification, Dpo dpo, boolean highRiskProcessing, List<Transfer> transfers,
                       String breachNotification) implements Details {}

    record AiActDetails(String role, String riskTier, String target) implements Details {}

    record PostureDetails(String scope, String updated, String target) implements Details {}

    static Details details(ComplianceEntry.Details details) {
        if (details instanceof SocReport soc) {
            return new SocDetails(soc.type().orElse(null),
                    soc.period().map(p -> new Period(iso(p.start()), iso(p.end()))).orElse(null),
                    soc.asOf().map(TrustJson::iso).orElse(null), soc.reportDate().map(TrustJson::iso).orElse(null),
                    soc.auditor().orElse(null),
                    soc.criteria().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList(),
                    soc.bridgeLetter().map(b -> new BridgeLetter(iso(b.date()))).orElse(null),
                    soc.target().map(TrustJson::iso).orElse(null),
                    soc.opinion().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse(null), soc.exceptions().orElse(null),
                    soc.subserviceOrganizations().stream().map(o -> new Subservice(o.name(),
                            o.method().name().toLowerCase(Locale.ROOT))).toList());
        } else if (details instanceof Certificate cert) {
            return new CertificateDetails(cert.certificateNumber().orElse(null), cert.certificationBody().orElse(null),
                    cert.accreditationBody().orElse(null), cert.issued().map(TrustJson::iso).orElse(null),
                    cert.expires().map(TrustJson::iso).orElse(null),
                    cert.surveillanceAudits().stream().map(a -> new Audit(iso(a.date()),
                            a.result().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null))).toList(),
                    cert.scope().orElse(null), cert.edition().orElse(null), cert.target().map(TrustJson::iso).orElse(null));
        } else if (details instanceof DifcRegistration difc) {
            return new DifcDetails(
                    difc.notification().map(n -> new Notification(n.number(), n.renewed().map(TrustJson::iso).orElse(null),
                            iso(n.expires()))).orElse(null),
                    difc.dpo().map(d -> new Dpo(d.name(), d.email().orElse(null))).orElse(null),
                    difc.highRiskProcessing(),
                    difc.transfers().stream().map(t -> new Transfer(t.mechanism().name().toLowerCase(Locale.ROOT),
                            t.destinations().stream().map(Country::code).toList())).toList(),
                    difc.breachNotification().orElse(null));
        } else if (details instanceof AiActPosture ai) {
            return new AiActDetails(ai.role().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null),
                    ai.riskTier().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null),
                    ai.target().map(TrustJson::iso).orElse(null));
        }
        Posture posture = (Posture) details;
        return new PostureDetails(posture.scope().orElse(null), posture.updated().map(TrustJson::iso).orElse(null),
                posture.target().map(TrustJson::iso).orElse(null));
    }

    private static Doc doc(Document d, String base) {
        return new Doc(d.id(), d.title(), d.access().name().toLowerCase(Locale.ROOT), d.sha256(), d.size(),
                d.updated().map(TrustJson::iso).orElse(null), d.description().orElse(null),
                d.gated() ? null : base + "documents/" + d.file());
    }

    static String iso(LocalDate date) {
        return date.toString();
    }

    private static byte[] schema() {
        return resource("/schemas/trust.schema.json");
    }

    /** A file that ships in the jar, such as a published schema. */
    static byte[] resource(String name) {
        try (InputStream in = TrustJson.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
