package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.model.ComplianceEntry.AiRole;
import dev.trustcenter.model.ComplianceEntry.RiskTier;
import dev.trustcenter.model.Framework;
import dev.trustcenter.model.FrameworkCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's identifier lists match the standards (DOMAIN.md). */
class FrameworkCatalogueTest {

    final FrameworkCatalogue catalogue = FrameworkReader.builtIn();

    @Test
    void containsEveryFrameworkTheSpecNames() {
        for (String id : List.of("soc2", "soc3", "iso27001", "iso27701", "iso42001", "gdpr", "uk-gdpr", "difc-dpl-2020",
                "uae-pdpl", "eu-ai-act", "hipaa", "pci-dss", "nist-ai-rmf", "csa-star")) {
            assertTrue(catalogue.find(id).isPresent(), id);
        }
    }

    @Test
    void theEuAiActTimetableIsTheActAsAmendedByTheDigitalOmnibus() {
        var dates = new java.util.LinkedHashMap<String, String>();
        catalogue.get("eu-ai-act").obligations().forEach(o -> dates.put(o.id(), o.appliesFrom().toString()));
        assertEquals(java.util.Map.of("prohibited-practices", "2025-02-02", "ai-literacy", "2025-02-02",
                "general-purpose-ai", "2025-08-02", "transparency", "2026-08-02", "high-risk-annex-iii", "2027-12-02",
                "high-risk-annex-i", "2028-08-02"), dates);
    }

    @Test
    void eachDutyBindsTheSystemsItsKindNames() {
        var obligations = catalogue.get("eu-ai-act").obligations();
        var limitedDeployer = act(AiRole.DEPLOYER, RiskTier.LIMITED, false, null, null);
        var highProvider = act(AiRole.PROVIDER, RiskTier.HIGH, false, "5(b)", null);
        var annexIProduct = act(AiRole.PROVIDER, RiskTier.HIGH, false, null, "Machinery Regulation");
        var gpaiProvider = act(AiRole.PROVIDER, RiskTier.MINIMAL, true, null, null);
        var minimalImporter = act(AiRole.IMPORTER, RiskTier.MINIMAL, false, null, null);
        assertEquals(List.of("prohibited-practices", "ai-literacy", "transparency"), bound(obligations, limitedDeployer));
        assertEquals(List.of("prohibited-practices", "ai-literacy", "high-risk-annex-iii"), bound(obligations, highProvider));
        assertEquals(List.of("prohibited-practices", "ai-literacy", "high-risk-annex-i"), bound(obligations, annexIProduct));
        assertEquals(List.of("prohibited-practices", "ai-literacy", "general-purpose-ai"), bound(obligations, gpaiProvider));
        assertEquals(List.of("prohibited-practices"), bound(obligations, minimalImporter), "AI literacy binds providers "
                + "and deployers only");
        var highRisk = obligations.stream().filter(o -> o.id().equals("high-risk-annex-iii")).findFirst().orElseThrow();
        assertTrue(highRisk.articlesFor(AiRole.DEPLOYER).contains("Art.26"));
        assertTrue(!highRisk.articlesFor(AiRole.DEPLOYER).contains("Art.16"), "provider duties are not a deployer's");
        assertTrue(highRisk.appliesOn(java.time.LocalDate.parse("2027-12-02")));
        assertTrue(!highRisk.appliesOn(java.time.LocalDate.parse("2027-12-01")));
    }

    static dev.trustcenter.model.AiSystem.EuAiAct act(AiRole role, RiskTier tier, boolean gpai, String annexIii,
                                                      String annexI) {
        return new dev.trustcenter.model.AiSystem.EuAiAct(role, tier, gpai, java.util.Optional.ofNullable(annexIii),
                java.util.Optional.ofNullable(annexI), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), dev.trustcenter.model.Source.file("x"));
    }

    static List<String> bound(List<dev.trustcenter.model.Obligation> obligations,
                              dev.trustcenter.model.AiSystem.EuAiAct act) {
        return obligations.stream().filter(o -> o.bindsTo(act)).map(dev.trustcenter.model.Obligation::id).toList();
    }

    @Test
    void soc2HasTheSixtyOneCriteriaOfTsc2017() {
        List<String> criteria = catalogue.get("soc2").controls();
        assertEquals(61, criteria.size());
        assertEquals(33, criteria.stream().filter(c -> c.startsWith("CC")).count());
        assertTrue(criteria.containsAll(List.of("CC1.1", "CC9.2", "A1.3", "C1.2", "PI1.5", "P3.2", "P6.7", "P8.1")));
        assertEquals(Framework.Kind.ATTESTATION, catalogue.get("soc2").kind());
    }

    @Test
    void iso27001HasTheNinetyThreeAnnexAControlsOf2022() {
        List<String> annexA = catalogue.get("iso27001").controls().stream().filter(c -> c.startsWith("A.")).toList();
        assertEquals(93, annexA.size());
        assertEquals(37, annexA.stream().filter(c -> c.startsWith("A.5.")).count());
        assertEquals(8, annexA.stream().filter(c -> c.startsWith("A.6.")).count());
        assertEquals(14, annexA.stream().filter(c -> c.startsWith("A.7.")).count());
        assertEquals(34, annexA.stream().filter(c -> c.startsWith("A.8.")).count());
        assertEquals(3, catalogue.get("iso27001").maxValidityYears());
    }

    @Test
    void iso42001HasTheThirtyEightAnnexAControlsOf2023() {
        List<String> annexA = catalogue.get("iso42001").controls().stream().filter(c -> c.startsWith("A.")).toList();
        assertEquals(38, annexA.size());
        assertTrue(annexA.containsAll(List.of("A.2.2", "A.6.1.2", "A.6.2.8", "A.10.4")));
    }

    /** The data the jar's build makes of frameworks.yaml is there, and says what the YAML says. */
    @org.junit.jupiter.api.Test
    void theCatalogueAsDataIsBuiltAndEqualsTheYaml() {
        org.junit.jupiter.api.Assertions.assertNotNull(FrameworkReader.class.getResource(FrameworkReader.CATALOGUE_DATA),
                "mvn process-classes writes frameworks.json (exec-maven-plugin, CatalogueData)");
        FrameworkCatalogue fromYaml = FrameworkReader.fromYaml();
        org.junit.jupiter.api.Assertions.assertEquals(fromYaml, catalogue);
        org.junit.jupiter.api.Assertions.assertEquals(fromYaml.ids(), catalogue.ids());
        for (String id : fromYaml.ids()) {
            org.junit.jupiter.api.Assertions.assertEquals(fromYaml.get(id), catalogue.get(id), id);
        }
    }
}
