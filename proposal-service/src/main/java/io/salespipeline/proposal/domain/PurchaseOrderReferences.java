package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the customer's purchasing department needs to turn the quote into a purchase order:
 * its own references, where the invoice goes. Only a PURCHASE_ORDER_QUOTE carries them; every
 * field is optional, the quote number itself is always printed.
 */
@Schema(description = "The buyer's purchase-order references printed on a PURCHASE_ORDER_QUOTE; each null when not "
        + "given.")
public record PurchaseOrderReferences(
        @Schema(nullable = true, description = "The buyer's own reference.", examples = "BUY-ACME-2231")
        String buyerReference,
        @Schema(nullable = true, description = "The customer's purchase requisition number.", examples = "REQ-88412")
        String requisitionNumber,
        @Schema(nullable = true, description = "The customer's cost center to charge.", examples = "CC-4100")
        String costCenter,
        @Schema(nullable = true, description = "Where the invoice goes.",
                examples = "Acme Logistics GmbH, Accounts Payable, Hafenstr. 1, 20457 Hamburg") String invoiceAddress) {

    public PurchaseOrderReferences {
        buyerReference = Require.optionalText("purchaseOrder.buyerReference", buyerReference, 100);
        requisitionNumber = Require.optionalText("purchaseOrder.requisitionNumber", requisitionNumber, 100);
        costCenter = Require.optionalText("purchaseOrder.costCenter", costCenter, 100);
        invoiceAddress = Require.optionalText("purchaseOrder.invoiceAddress", invoiceAddress, 1000);
    }
}
