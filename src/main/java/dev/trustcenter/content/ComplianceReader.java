package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.AiActPosture;
import dev.trustcenter.model.ComplianceEntry.BridgeLetter;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.Period;
import dev.trustcenter.model.ComplianceEntry.Posture;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.model.ComplianceEntry.SurveillanceAudit;
import dev.trustcenter.model.DeclaredStatus;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.FrameworkCatalogue;
import dev.trustcenter.model.TrustServicesCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import dev.trustcenter.model.TransferMechanism;
import java.util.Arrays;

/** Reads compliance.yaml (SPEC §2.2): the common keys, then the facts its framework's profile asks for. */
final class ComplianceReader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ComplianceReader() {}

    static List<ComplianceEntry> read(YamlNode root, FrameworkCatalogue catalogue, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "compliance.yaml should be a list of entries, each starting with \"- id:\".",
                    "See the example content/compliance.yaml.");
            return List.of();
        }
        List<ComplianceEntry> entries = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.item(item, "a compliance entry", diagnostics, r -> entry(r, catalogue))
                    .ifPresent(entries::add);
        }
        return List.copyOf(entries);
    }

    private static Optional<ComplianceEntry> entry(MappingReader r, FrameworkCatalogue catalogue) {
        r.allow("translations");   // read by EntryTranslationsReader
        String id = slug(r, "id");
        Optional<Framework> framework = r.text("framework").flatMap(name -> {
            Optional<Framework> found = catalogue.find(name);
            if (found.isEmpty()) {
                r.error("unknown-framework", "framework", "\"" + name + "\" is not a framework trustcenter knows.",
                        Suggestions.closest(name, catalogue.ids()).map(s -> "Did you mean \"" + s + "\"? ").orElse("")
                                + "Declare your own under \"frameworks:\" in site-config.yaml if it is new.");
            }
            return found;
        });
        if (!r.has("framework")) {
            r.error("missing-key", "framework", "A compliance entry has no \"framework\", which is required.",
                    "Add framework: with an id such as soc2, iso27001 or gdpr.");
        }
        String what = framework.map(f -> "the " + f.shortName() + " entry").orElse("a compliance entry");
        MappingReader entry = r.named(what);
        // The statuses this framework allows, in the order they are declared: a SOC 2 entry is never "certified".
        DeclaredStatus status = framework.isPresent()
                ? entry.requiredChoice("status", Arrays.stream(DeclaredStatus.values())
                        .filter(framework.get().profile().statuses()::contains).toList())
                : entry.requiredChoice("status", DeclaredStatus.class);
        Optional<String> summary = entry.text("summary");
        List<String> documents = entry.texts("documents");
        if (framework.isEmpty()) {
            return Optional.empty();
        }
        ComplianceEntry.Details details = switch (framework.get().profile()) {
            case SOC_REPORT -> socReport(entry, status);
            case CERTIFICATE -> certificate(entry, status, framework.get());
            case DIFC -> difc(entry, status);
            case AI_ACT -> aiAct(entry);
            case POSTURE -> posture(entry);
        };
        entry.finish();
        if (id == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new ComplianceEntry(id, framework.get(), status, summary, documents, details, r.source()));
    }

    static String slug(MappingReader r, String key) {
        String id = r.requiredText(key);
        if (id != null && !SLUG.matcher(id).matches()) {
            r.error("bad-id", key, "\"" + id + "\" cannot be used as an id: it becomes part of a web address.",
                    "Use lower-case letters, digits and hyphens, for example soc2-type2.");
            return null;
        }
        return id;
    }

    private static SocReport socReport(MappingReader r, DeclaredStatus status) {
        boolean issued = status == DeclaredStatus.ISSUED;
        Optional<Integer> type = r.integer("type", 1, 2);
        Optional<Period> period = r.mapping("period", "the report period").flatMap(ComplianceReader::period);
        Optional<LocalDate> asOf = r.date("as_of");
        Optional<LocalDate> reportDate = r.date("report_date");
        Optional<String> auditor = r.text("auditor");
        List<TrustServicesCategory> criteria = criteria(r);
        Optional<BridgeLetter> bridge = r.mapping("bridge_letter", "the bridge letter").flatMap(b -> {
            LocalDate date = b.requiredDate("date");
            Optional<String> document = b.text("document");
            b.finish();
            return Optional.ofNullable(date).map(d -> new BridgeLetter(d, document));
        });
        Optional<LocalDate> target = r.date("target");
        Optional<ComplianceEntry.Opinion> opinion = r.choice("opinion", ComplianceEntry.Opinion.class);
        Optional<Integer> exceptions = r.integer("exceptions", 0, 10_000);
        List<ComplianceEntry.SubserviceOrganization> subservice = r.list("subservice_organizations", node ->
                MappingReader.of(node, "a subservice organization", r.diagnostics()).flatMap(o -> {
                    String name = o.requiredText("name");
                    var method = o.requiredChoice("method", ComplianceEntry.SubserviceMethod.class);
                    o.finish();
                    return name == null || method == null ? Optional.empty()
                            : Optional.of(new ComplianceEntry.SubserviceOrganization(name, method, o.sourceOf("name")));
                }));
        if (issued) {
            requireFact(r, type.isPresent() || r.has("type"), "type", "an issued report", "1 or 2");
            requireFact(r, reportDate.isPresent() || r.has("report_date"), "report_date", "an issued report",
                    "the date the auditor signed the report");
            requireFact(r, auditor.isPresent(), "auditor", "an issued report", "the CPA firm that issued it");
            if (type.orElse(0) == 2) {
                requireFact(r, period.isPresent() || r.has("period"), "period", "a Type 2 report",
                        "{start: …, end: …}, the observation window");
            }
            if (type.orElse(0) == 1) {
                requireFact(r, asOf.isPresent() || r.has("as_of"), "as_of", "a Type 1 report",
                        "the one date the controls were examined as of");
            }
        }
        if (type.orElse(0) == 1 && r.has("period")) {
            r.error("bad-value", "period", "A Type 1 report speaks to one date, so it has no observation period.",
                    "Replace \"period\" with as_of: the date of the examination, or set type: 2.");
        }
        if (type.orElse(0) == 2 && r.has("as_of")) {
            r.error("bad-value", "as_of", "A Type 2 report covers a period, so it has no single \"as_of\" date.",
                    "Remove as_of and give period: {start: …, end: …}, or set type: 1.");
        }
        return new SocReport(type, period, asOf, reportDate, auditor, criteria, bridge, target, opinion, exceptions,
                subservice);
    }

    private static Optional<Period> period(MappingReader p) {
        LocalDate start = p.requiredDate("start");
        LocalDate end = p.requiredDate("end");
        p.finish();
        if (start == null || end == null) {
            return Optional.empty();
        }
        if (!end.isAfter(start)) {
            p.error("bad-period", "end", "The report period ends on " + end + ", which is not after its start, " + start + ".",
                    "A Type 2 observation window usually runs 3, 6 or 12 months; check the two dates.");
            return Optional.empty();
        }
        return Optional.of(new Period(start, end));
    }

    private static List<TrustServicesCategory> criteria(MappingReader r) {
        Set<TrustServicesCategory> categories = new LinkedHashSet<>();
        // AICPA: Security (the Common Criteria) is in scope of every SOC 2 report.
        categories.add(TrustServicesCategory.SECURITY);
        categories.addAll(r.choices("criteria", TrustServicesCategory.class));
        return List.copyOf(categories);
    }

    private static Certificate certificate(MappingReader r, DeclaredStatus status, Framework framework) {
        Optional<String> number = r.text("certificate_number");
        Optional<String> body = r.text("certification_body");
        Optional<String> accreditation = r.text("accreditation_body");
        Optional<LocalDate> issued = r.date("issued");
        Optional<LocalDate> expires = r.date("expires");
        List<SurveillanceAudit> audits = r.list("surveillance_audits", node ->
                MappingReader.of(node, "a surveillance audit", r.diagnostics()).flatMap(a -> {
                    LocalDate date = a.requiredDate("date");
                    Optional<ComplianceEntry.AuditResult> result = a.choice("result", ComplianceEntry.AuditResult.class);
                    a.finish();
                    return Optional.ofNullable(date).map(d -> new SurveillanceAudit(d, result));
                }));
        Optional<String> scope = r.text("scope");
        Optional<String> edition = r.text("edition");
        Optional<LocalDate> target = r.date("target");
        Optional<ComplianceEntry.StatementOfApplicability> soa = r.mapping("statement_of_applicability",
                "the statement of applicability").flatMap(m -> statementOfApplicability(m, framework));
        if (status != null && status != DeclaredStatus.PLANNED && status != DeclaredStatus.IN_PROGRESS) {
            String what = "a " + status.yaml() + " certificate";
            requireFact(r, number.isPresent(), "certificate_number", what, "the number printed on the certificate");
            requireFact(r, body.isPresent(), "certification_body", what, "the body that issued it, for example BSI");
            requireFact(r, issued.isPresent() || r.has("issued"), "issued", what, "the issue date on the certificate");
            requireFact(r, expires.isPresent() || r.has("expires"), "expires", what, "the expiry date on the certificate");
        }
        if (issued.isPresent() && expires.isPresent() && !expires.get().isAfter(issued.get())) {
            r.error("bad-period", "expires", "The certificate expires on " + expires.get() + ", which is not after it was issued, "
                    + issued.get() + ".", "Check the two dates against the certificate.");
        }
        return new Certificate(number, body, accreditation, issued, expires, audits, scope, edition, target, soa);
    }

    /** {publish: true, excluded: {A.7.5: "reason", …}}: each excluded id must be an Annex A control, with a reason. */
    private static Optional<ComplianceEntry.StatementOfApplicability> statementOfApplicability(MappingReader r,
                                                                                               Framework framework) {
        boolean publish = r.bool("publish", false);
        List<String> annex = framework.annexA();
        List<ComplianceEntry.Exclusion> excluded = new ArrayList<>();
        Optional<YamlNode> node = r.node("excluded");
        if (node.isPresent() && !(node.get() instanceof YamlNode.Mapping)) {
            r.error("wrong-type", "excluded", "\"excluded\" should map each excluded Annex A control to the reason it "
                    + "does not apply, but " + node.get().describe() + " was found.",
                    "Write it as excluded: {A.7.5: \"No data centres of our own\"}.");
        }
        if (annex.isEmpty()) {
            r.diagnostics().error("unknown-control", r.source(), framework.shortName() + " has no Annex A controls in the "
                    + "catalogue, so it has no Statement of Applicability to publish.",
                    "Remove statement_of_applicability, or declare the framework's controls under \"frameworks:\".");
        }
        if (node.orElse(null) instanceof YamlNode.Mapping mapping && !annex.isEmpty()) {
            for (YamlNode.Field field : mapping.fields().values()) {
                String control = field.key().strip();
                Optional<String> reason = field.value() instanceof YamlNode.Scalar scalar
                        ? Optional.of(scalar.text().strip()).filter(t -> !t.isEmpty()) : Optional.empty();
                if (!annex.contains(control)) {
                    r.diagnostics().error("unknown-control", field.keySource(), "\"" + control + "\" is not an Annex A "
                            + "control of " + framework.name() + ", so it cannot be excluded.",
                            Suggestions.closest(control, annex).map(c -> "Did you mean \"" + c + "\"?")
                                    .orElse("Annex A controls are numbered like " + annex.get(0) + "."));
                } else if (reason.isEmpty()) {
                    r.diagnostics().error("soa-reason-missing", field.value().source(), "The exclusion of " + control
                            + " gives no reason; a Statement of Applicability must justify every control it excludes.",
                            "Write the reason after the id, for example " + control + ": \"No data centres of our own\".");
                } else {
                    excluded.add(new ComplianceEntry.Exclusion(control, reason.get(), field.keySource()));
                }
            }
        }
        r.finish();
        return Optional.of(new ComplianceEntry.StatementOfApplicability(publish, List.copyOf(excluded), r.source()));
    }

    private static DifcRegistration difc(MappingReader r, DeclaredStatus status) {
        Optional<ComplianceEntry.Notification> notification = r.mapping("notification", "the DIFC notification")
                .flatMap(n -> {
                    String number = n.requiredText("number");
                    Optional<LocalDate> renewed = n.date("renewed");
                    LocalDate expires = n.requiredDate("expires");
                    n.finish();
                    return number == null || expires == null
                            ? Optional.empty()
                            : Optional.of(new ComplianceEntry.Notification(number, renewed, expires));
                });
        Optional<ComplianceEntry.Dpo> dpo = r.mapping("dpo", "the data protection officer").flatMap(d -> {
            String name = d.requiredText("name");
            Optional<String> email = d.email("email");
            d.finish();
            return Optional.ofNullable(name).map(n -> new ComplianceEntry.Dpo(n, email));
        });
        boolean highRisk = r.bool("high_risk_processing", false);
        List<ComplianceEntry.Transfer> transfers = r.list("transfers", node ->
                MappingReader.of(node, "a transfer", r.diagnostics()).flatMap(t -> {
                    var mechanism = t.requiredChoice("mechanism", TransferMechanism.class);
                    var destinations = t.countries("destinations");
                    t.finish();
                    return Optional.ofNullable(mechanism).map(m -> new ComplianceEntry.Transfer(m, destinations));
                }));
        Optional<String> breach = r.text("breach_notification");
        if (status == DeclaredStatus.COMPLIANT) {
            requireFact(r, notification.isPresent() || r.has("notification"), "notification", "a compliant DIFC entry",
                    "{number: …, expires: …}, the notification to the Commissioner of Data Protection (Art. 14)");
        }
        if (highRisk && dpo.isEmpty() && !r.has("dpo")) {
            // DIFC DPL Art. 16: High Risk Processing carried out systematically requires a DPO.
            r.diagnostics().error("difc-dpo-required", r.sourceOf("high_risk_processing"),
                    "High-risk processing is declared, but no data protection officer is named.",
                    "DIFC DPL Art. 16 requires a DPO for systematic high-risk processing: add dpo: {name: …, email: …}.");
        }
        return new DifcRegistration(notification, dpo, highRisk, transfers, breach);
    }

    private static AiActPosture aiAct(MappingReader r) {
        return new AiActPosture(r.choice("role", ComplianceEntry.AiRole.class),
                r.choice("risk_tier", ComplianceEntry.RiskTier.class), r.date("target"));
    }

    private static Posture posture(MappingReader r) {
        return new Posture(r.text("scope"), r.date("updated"), r.date("target"));
    }

    private static void requireFact(MappingReader r, boolean present, String key, String what, String expected) {
        if (!present && !r.misspelt(key)) {
            r.diagnostics().error("missing-fact", r.source(), capitalize(what) + " needs \"" + key
                    + "\": the page cannot make the claim without the fact behind it.", "Add " + key + ": " + expected + ".");
        }
    }

    private static String capitalize(String text) {
        return MappingReader.capitalize(text);
    }
}
