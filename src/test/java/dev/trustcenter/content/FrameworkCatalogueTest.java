package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.model.Framework;
import dev.trustcenter.model.FrameworkCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's identifier lists match the standards (DOMAIN.md). */
class FrameworkCatalogueTest {

    final FrameworkCatalogue catalogue = FrameworkReader.builtIn(new YamlTree());

    @Test
    void containsEveryFrameworkTheSpecNames() {
        for (String id : List.of("soc2", "soc3", "iso27001", "iso27701", "iso42001", "gdpr", "uk-gdpr", "difc-dpl-2020",
                "uae-pdpl", "eu-ai-act", "hipaa", "pci-dss", "nist-ai-rmf", "csa-star")) {
            assertTrue(catalogue.find(id).isPresent(), id);
        }
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
}
