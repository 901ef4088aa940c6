package io.salespipeline.proposal.api;

import io.salespipeline.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(description = "A catalogue product to put on the draft; the server prices the line.")
    public record NewLine(
            @Schema(description = "The SKU of an active catalogue product priced in the proposal's currency.",
                    examples = "CRM-SEAT") @NotBlank String sku,
            @Schema(description = "How many units (e.g. 25): greater than zero, at most 9 digits before the "
                    + "point and 4 after.") @NotNull BigDecimal quantity,
            @Schema(description = "A negotiated price of one unit, in the proposal's currency, not negative; left out: "
                    + "the catalogue's price of this moment.") Money unitPrice,
            @Schema(description = "The discount on the line in percent (e.g. 10), 0 to 100, at most 3 decimals; "
                    + "left out: 0. Beyond the discount policy, sending needs a sales manager's approval.")
            BigDecimal discountPercent,
            @Schema(description = "The tax rate in percent (e.g. 19), 0 to 100, at most 3 decimals; left out: 0.")
            BigDecimal taxRatePercent) {
    }

    /** The document's texts; purchaseOrder only for a PURCHASE_ORDER_QUOTE. Null keeps what is there. */
    @Schema(description = "The document's texts and purchase-order references; a field left out (or null) keeps "
            + "its value.")
    public record DetailsInput(
            @Schema(description = "The summary text (at most 20000 characters).",
                    examples = "A CRM for 25 sellers that cuts quote preparation by half.") String summary,
            @Schema(description = "The terms text (at most 20000 characters).",
                    examples = "Prices exclude travel; payment 30 days net.") String terms,
            @Schema(description = "The buyer's purchase-order references, replaced as a whole; only a "
                    + "PURCHASE_ORDER_QUOTE takes them (another format answers 400).") @Valid PurchaseOrderInput purchaseOrder) {
    }

    @Schema(description = "What the customer's purchasing department needs to turn the quote into a purchase order; "
            + "every field is optional.")
    public record PurchaseOrderInput(
            @Schema(description = "The buyer's own reference (at most 100 characters).", examples = "BUY-ACME-2231")
            String buyerReference,
            @Schema(description = "The customer's purchase requisition number (at most 100 characters).",
                    examples = "REQ-88412") String requisitionNumber,
            @Schema(description = "The customer's cost center to charge (at most 100 characters).", examples = "CC-4100")
            String costCenter,
            @Schema(description = "Where the invoice goes (at most 1000 characters).",
                    examples = "Acme Logistics GmbH, Accounts Payable, Hafenstr. 1, 20457 Hamburg") String invoiceAddress) {
    }

    /** A catalogue entry; active defaults to true on creation. */
    @Schema(description = "A new catalogue product.")
    public record ProductInput(
            @Schema(description = "The stock-keeping unit: unique in the catalogue (a taken one answers 409), at "
                    + "most 40 characters; it never changes.", examples = "CRM-SEAT") @NotBlank String sku,
            @Schema(description = "The product's name (at most 200 characters).", examples = "CRM seat licence")
            @NotBlank String name,
            @Schema(description = "What the product is (at most 4000 characters).",
                    examples = "One named user of the CRM, billed monthly.") String description,
            @Schema(description = "The unit a quantity counts (at most 40 characters).", examples = "seat/month")
            @NotBlank String unit,
            @Schema(description = "The price of one unit; its currency is the product's.") @NotNull Money unitPrice,
            @Schema(description = "false adds it retired; left out: true (offered).") Boolean active) {
    }

    /** A product's price in the currency the path names (an exact decimal). */
    @Schema(description = "A product's price in the currency the path names.")
    public record PriceInput(
            @Schema(required = true, description = "The price of one unit in that currency, not negative, e.g. "
                    + "99.00.") @NotNull BigDecimal amount) {
    }

    /** A catalogue entry's new description or price (the SKU never changes). */
    @Schema(description = "A product's new name, description, unit and price (the whole entry but its SKU).")
    public record ProductChange(
            @Schema(description = "The product's name (at most 200 characters).", examples = "CRM seat licence")
            @NotBlank String name,
            @Schema(description = "What the product is (at most 4000 characters); left out: none.",
                    examples = "One named user of the CRM, billed monthly.") String description,
            @Schema(description = "The unit a quantity counts (at most 40 characters).", examples = "seat/month")
            @NotBlank String unit,
            @Schema(description = "The new price of one unit, for lines added from now on.") @NotNull Money unitPrice) {
    }

    /**
     * step is one of the RFP's approval steps; approvedBy the customer's person (or body) who
     * approved; approvedAt when (default: now; not in the future, not before sending).
     */
    @Schema(description = "One RFP approval step passed at the customer.")
    public record ApprovalStepInput(
            @Schema(description = "The step, as the RFP names it (one of rfp.approvalSteps; another answers 400).",
                    examples = "Legal review") @NotBlank String step,
            @Schema(description = "The customer's person (or body) who approved.", examples = "Dr. Jonas Weber, Legal")
            @NotBlank String approvedBy,
            @Schema(description = "When (UTC); not in the future, not before the proposal was sent. Left out: now.",
                    examples = "2026-03-02T08:30:00Z") Instant approvedAt) {
    }
}
