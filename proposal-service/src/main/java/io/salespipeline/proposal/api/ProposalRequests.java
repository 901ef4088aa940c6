package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Request bodies of the proposal API. They carry only what a caller may set: never a status,
 * an id, a dealId, a price or a total (prices come from the catalogue, totals are computed).
 */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /**
     * Percentages are 0..100 and default to 0; quantity must be greater than zero; unitPrice
     * defaults to the catalogue's price (give one for a negotiated price, in the proposal's currency).
     */
    public record NewLine(@NotBlank String sku, @NotNull BigDecimal quantity, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent) {
    }

    /** The document's texts; purchaseOrder only for a PURCHASE_ORDER_QUOTE. Null keeps what is there. */
    public record DetailsInput(String summary, String terms, @Valid PurchaseOrderInput purchaseOrder) {
    }

    public record PurchaseOrderInput(String buyerReference, String requisitionNumber, String costCenter,
            String invoiceAddress) {
    }

    /** A catalogue entry; active defaults to true on creation. */
    public record ProductInput(@NotBlank String sku, @NotBlank String name, String description,
            @NotBlank String unit, @NotNull Money unitPrice, Boolean active) {
    }

    /** A product's price in the currency the path names (an exact decimal). */
    public record PriceInput(@NotNull BigDecimal amount) {
    }

    /** A catalogue entry's new description or price (the SKU never changes). */
    public record ProductChange(@NotBlank String name, String description, @NotBlank String unit,
            @NotNull Money unitPrice) {
    }

    /** acceptedBy is the customer's person who accepted; version is the version they accepted. */
    public record AcceptanceInput(@NotBlank String acceptedBy, @NotNull Integer version) {
    }

    public record RejectionInput(@NotBlank String reason) {
    }

    /**
     * step is one of the RFP's approval steps; approvedBy the customer's person (or body) who
     * approved; approvedAt when (default: now; not in the future, not before sending).
     */
    public record ApprovalStepInput(@NotBlank String step, @NotBlank String approvedBy, Instant approvedAt) {
    }
}
