package io.salespipeline.contract.domain;

import static io.salespipeline.contract.domain.ContractFixtures.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WetInkScanTest {

    private final Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private static final byte[] PDF = "%PDF-1.7\nsigned scan\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void onlyAPdfWithinTheSizeLimitIsTaken() {
        Contract contract = ContractFixtures.sent(now);
        assertThrows(InvalidInputException.class, () -> upload(contract, new byte[0]));
        assertThrows(InvalidInputException.class, () -> upload(contract, "<html>".getBytes(StandardCharsets.US_ASCII)));
        byte[] huge = new byte[WetInkScan.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThrows(InvalidInputException.class, () -> upload(contract, huge));
        assertEquals(64, upload(contract, PDF).scanSha256().length());
    }

    @Test
    void aScanCountsOnlyOnceAnotherSalesManagerConfirmsIt() {
        Contract contract = ContractFixtures.sent(now);
        WetInkScan scan = upload(contract, PDF);
        assertFalse(contract.countingSignatures().stream().anyMatch(s -> s.role() == SignerRole.CUSTOMER));

        assertThrows(IllegalTransitionException.class, () -> contract.confirmWetInk(scan, "sam (sales-manager)", "sam", now));
        assertFalse(scan.confirmed());

        contract.confirmWetInk(scan, "mia (sales-manager)", "mia", now);
        Signature signature = contract.countingSignatures().get(0);
        assertEquals(SignerRole.CUSTOMER, signature.role());
        assertEquals(SignatureMethod.WET_INK, signature.evidence().method());
        assertEquals(scan.id(), signature.evidence().scanId());
        assertEquals("mia (sales-manager)", signature.evidence().confirmedBy());
        assertEquals("sam (seller)", signature.evidence().recordedBy());
        assertEquals(ContractStatus.PARTIALLY_SIGNED, contract.status());
        assertThrows(IllegalTransitionException.class, () -> contract.confirmWetInk(scan, "max (sales-manager)", "max", now));
    }

    @Test
    void aScanOfARevisedDocumentNoLongerCounts() {
        Contract contract = ContractFixtures.sent(now);
        WetInkScan scan = upload(contract, PDF);
        contract.revise(now);
        contract.send(now, () -> ContractFixtures.EDITED_DOC);
        assertThrows(IllegalTransitionException.class, () -> contract.confirmWetInk(scan, "mia (sales-manager)", "mia", now));
        assertTrue(contract.countingSignatures().isEmpty());
    }

    private WetInkScan upload(Contract contract, byte[] pdf) {
        return WetInkScan.upload(contract.id(), DOC, "Ada Customer", "ada@example.com", pdf, "sam (seller)", "sam", now);
    }
}
