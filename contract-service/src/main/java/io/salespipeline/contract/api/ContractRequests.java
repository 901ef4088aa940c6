package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.OrderedQuantity;
import io.salespipeline.contract.domain.SignerRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the contract API: nothing here can set status, ids, dealId, lines or totals;
 * owner and sharing only through their own operations.
 */
public final class ContractRequests {

    private ContractRequests() {
    }

    /** documentSha256: the SHA-256 (hex) of the PDF bytes the signer read; absent, the stored document's. */
    @Schema(description = "A signature of the contract document the signer read.")
    public record SignatureInput(
            @Schema(description = "The signer's full name.", example = "Ada Lovelace") @NotBlank String signerName,
            @Schema(description = "The signer's e-mail address.", format = "email", example = "ada@example.com")
            @NotBlank String signerEmail,
            @Schema(description = "Who signs: the seller or the customer.", required = true) @NotNull SignerRole role,
            @Schema(description = "The SHA-256 (hex) of the PDF bytes the signer read (GET .../document, also its "
                    + "ETag); 409 when it is not the current document's. Left out: the stored document sent for "
                    + "signature is signed, with its hash.", pattern = "^[0-9a-f]{64}$",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String documentSha256) {
    }

    @Schema(description = "The first order: every accepted line, or some in quantities no larger than accepted.")
    public record FirstOrderInput(
            @Schema(description = "The customer's purchase-order number.", example = "PO-4711") String poNumber,
            @Schema(description = "The delivery date the customer asks for.", example = "2027-02-01")
            LocalDate requestedDeliveryDate,
            @Schema(description = "The lines ordered, each {lineNo, quantity}: lineNo is required and names a line "
                    + "of the contract; quantity at most the accepted one. Absent: every accepted line in full.")
            List<OrderedQuantity> lines) {
    }

    @Schema(description = "Why.")
    public record ReasonInput(@Schema(description = "The reason.", example = "The customer chose another supplier.")
            @NotBlank String reason) {
    }
}
