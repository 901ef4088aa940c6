package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.WetInkScan;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uploaded wet-ink scan (without its bytes: GET .../pdf); {@code confirmed} once a sales manager confirmed it. */
@Schema(description = "The uploaded scan of a contract the customer signed on paper (its bytes: GET .../pdf); it "
        + "counts as the customer's signature once a sales manager other than the uploader confirmed it.")
public record WetInkScanView(
        @Schema(required = true, description = "The scan's id.", examples = "0193a3d4-8f90-7a1b-82c3-d4e5f6a7b8c9")
        UUID id,
        @Schema(required = true, description = "The contract the scan is of.",
                examples = "0193a3c9-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID contractId,
        @Schema(required = true, maxLength = 200, description = "The name the customer signed with, as on the scan.",
                examples = "Maria Schmidt") String signerName,
        @Schema(required = true, maxLength = 320, format = "email", description = "The signer's e-mail address: as "
                + "given on upload, else the contract's contact's.", examples = "maria.schmidt@acme.example")
        String signerEmail,
        @Schema(required = true, description = "The SHA-256 (hex) of the contract document that was awaiting the "
                + "customer's signature when the scan was uploaded: the one it signs.", pattern = "^[0-9a-f]{64}$",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String documentSha256,
        @Schema(required = true, description = "The SHA-256 (hex) of the scan's bytes, as uploaded (also the "
                + "X-Document-SHA256 header of GET .../pdf).", pattern = "^[0-9a-f]{64}$",
                examples = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b") String scanSha256,
        @Schema(required = true, description = "Who uploaded it (the actor's name); may not confirm it.",
                examples = "sam.seller") String uploadedBy,
        @Schema(required = true, description = "When it was uploaded (UTC).", examples = "2026-03-04T11:20:00Z")
        Instant uploadedAt,
        @Schema(required = true, description = "true once a sales manager confirmed it: it then counts as the "
                + "customer's signature.") boolean confirmed,
        @Schema(nullable = true, description = "The sales manager who confirmed it; null until confirmed.",
                examples = "mia.manager") String confirmedBy,
        @Schema(nullable = true, description = "When it was confirmed (UTC); null until confirmed.",
                examples = "2026-03-04T15:10:00Z") Instant confirmedAt) {

    static WetInkScanView of(WetInkScan scan) {
        return new WetInkScanView(scan.id(), scan.contractId(), scan.signerName(), scan.signerEmail(),
                scan.documentSha256(), scan.scanSha256(), scan.uploadedBy(), scan.uploadedAt(), scan.confirmed(),
                scan.confirmedBy(), scan.confirmedAt());
    }
}
