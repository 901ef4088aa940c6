package io.salespipeline.proposal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Request bodies of the proposal API. They carry only what a caller may set: never a status,
 * an id, a dealId, a price or a total (prices come from the catalogue, totals are computed).
 */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /** Percentages are 0..100 and default to 0; quantity must be greater than zero. */
    public record NewLine(@NotBlank String sku, @NotNull BigDecimal quantity, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
    }

    /** acceptedBy is the customer's person who accepted; version is the version they accepted. */
    public record AcceptanceInput(@NotBlank String acceptedBy, @NotNull Integer version) {
    }

    public record RejectionInput(@NotBlank String reason) {
    }
}
