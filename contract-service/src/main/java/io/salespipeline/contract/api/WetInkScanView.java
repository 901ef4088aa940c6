package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.WetInkScan;
import java.time.Instant;
import java.util.UUID;

/** An uploaded wet-ink scan (without its bytes: GET .../pdf); {@code confirmed} once a sales manager confirmed it. */
public record WetInkScanView(UUID id, UUID contractId, String signerName, String signerEmail, String documentSha256,
        String scanSha256, String uploadedBy, Instant uploadedAt, boolean confirmed, String confirmedBy,
        Instant confirmedAt) {

    static WetInkScanView of(WetInkScan scan) {
        return new WetInkScanView(scan.id(), scan.contractId(), scan.signerName(), scan.signerEmail(),
                scan.documentSha256(), scan.scanSha256(), scan.uploadedBy(), scan.uploadedAt(), scan.confirmed(),
                scan.confirmedBy(), scan.confirmedAt());
    }
}
