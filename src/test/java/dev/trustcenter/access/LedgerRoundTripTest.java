package dev.trustcenter.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.trustcenter.content.GrantFiles;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger and the index are written from LedgerFormat's records and read by content.LedgerReader: every field
 * written is read back as it was, so a key renamed on one side only fails here, not silently in a real ledger.
 */
class LedgerRoundTripTest {

    @TempDir
    Path folder;

    static Grant grant(String id, Grant.NdaAcceptance acceptance, Optional<String> agreement, Optional<String> note,
                       Optional<String> language) {
        return new Grant(id, "Jane Doe", "jane@acme-corp.com", "Acme Corp",
                List.of(new Grant.GrantedDocument("soc2", "SOC 2 report", "soc2.pdf", "a".repeat(64))), "2026.1",
                "b".repeat(64), acceptance, agreement, LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-20"),
                "alice@northwind.ai", note, Optional.empty(), language, Source.file("grants/ledger.yaml"));
    }

    /** A grant without its place in a file, to compare what was written with what is read. */
    static Grant placeless(Grant g) {
        return new Grant(g.id(), g.recipientName(), g.recipientEmail(), g.company(), g.documents(), g.ndaVersion(),
                g.ndaSha256(), g.ndaAcceptance(), g.ndaAgreement(), g.issued(), g.expires(), g.issuedBy(), g.note(),
                g.revoked(), g.language(), Source.file("-"));
    }

    @Test
    void everyFieldWrittenIsReadBack() throws Exception {
        SiteLayout layout = new SiteLayout(folder);
        Ledger ledger = new Ledger(layout);
        Grant first = grant("AbC123", Grant.NdaAcceptance.VIEWER, Optional.empty(), Optional.of("Deal 4711"),
                Optional.of("ar"));
        Grant second = grant("XyZ789", Grant.NdaAcceptance.AGREEMENT, Optional.of("MNDA 2025-03-01"), Optional.empty(),
                Optional.empty());
        ledger.append(first);
        ledger.append(second);
        ledger.revoke("XyZ789", LocalDate.parse("2026-11-21"));

        Diagnostics findings = new Diagnostics();
        List<Grant> read = new GrantFiles(layout).ledger(findings);
        assertFalse(findings.hasErrors(), findings.all().toString());
        assertEquals(List.of(placeless(first), placeless(second.revokedOn(LocalDate.parse("2026-11-21")))),
                read.stream().map(LedgerRoundTripTest::placeless).toList());

        var index = new GrantFiles(layout).index(findings);
        assertFalse(findings.hasErrors(), findings.all().toString());
        assertEquals(List.of("AbC123", "XyZ789"), index.stream().map(g -> g.id()).toList());
        assertEquals(Optional.of(LocalDate.parse("2026-11-21")), index.get(1).revoked());
        assertEquals(Grant.NdaAcceptance.AGREEMENT, index.get(1).ndaAcceptance());
        assertEquals(Optional.of("MNDA 2025-03-01"), index.get(1).ndaAgreement());
        assertEquals(Optional.of("b".repeat(64)), index.get(0).ndaSha256());
        assertEquals(Optional.of("ar"), index.get(0).language(), "the viewer's language is public: it is the page's");
        assertEquals(Optional.empty(), index.get(1).language());
    }
}
