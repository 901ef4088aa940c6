package io.salespipeline.contract.api;

import io.salespipeline.contract.domain.OrderedQuantity;
import io.salespipeline.contract.domain.SignerRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the contract API: nothing here can set status, ids, dealId, lines or totals;
 * owner and sharing only through their own operations.
 */
public final class ContractRequests {

    private ContractRequests() {
    }

    /** documentSha256: the SHA-256 (hex) of the PDF bytes the signer read. */
    public record SignatureInput(@NotBlank String signerName, @NotBlank String signerEmail, @NotNull SignerRole role,
            @NotBlank String documentSha256) {
    }

    public record FirstOrderInput(String poNumber, LocalDate requestedDeliveryDate, List<OrderedQuantity> lines) {
    }

    public record ReasonInput(@NotBlank String reason) {
    }
}
