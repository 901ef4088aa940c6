package io.salespipeline.proposal.domain;

import io.salespipeline.platform.domain.Require;

/**
 * What the customer's purchasing department needs to turn the quote into a purchase order:
 * its own references, where the invoice goes. Only a PURCHASE_ORDER_QUOTE carries them; every
 * field is optional, the quote number itself is always printed.
 */
public record PurchaseOrderReferences(String buyerReference, String requisitionNumber, String costCenter,
        String invoiceAddress) {

    public PurchaseOrderReferences {
        buyerReference = Require.optionalText("purchaseOrder.buyerReference", buyerReference, 100);
        requisitionNumber = Require.optionalText("purchaseOrder.requisitionNumber", requisitionNumber, 100);
        costCenter = Require.optionalText("purchaseOrder.costCenter", costCenter, 100);
        invoiceAddress = Require.optionalText("purchaseOrder.invoiceAddress", invoiceAddress, 1000);
    }
}
