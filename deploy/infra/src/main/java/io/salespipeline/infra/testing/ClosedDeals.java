package io.salespipeline.infra.testing;

import java.util.UUID;

/**
 * Test tool: contract-service's {@code DealClosed} as it is published, for the stages before the
 * contract that learn from it that their deal was won.
 */
public final class ClosedDeals {

    public static final String TOPIC = "sales.deal.closed";
    public static final String TYPE = "io.salespipeline.contract.DealClosed.v1";

    private ClosedDeals() {
    }

    /**
     * DealClosed.v1 data for the deal, closed at {@code closedAt}, whose first order's total is
     * {@code total} (a decimal string) in {@code currency}; with every other field the contract
     * stage sends, and one field added later, to prove the readers tolerant.
     */
    public static String dealClosed(UUID dealId, String closedAt, String total, String currency) {
        return """
                {"contractId": "%s", "dealId": "%s", "proposalId": "%s",
                 "customer": {"company": "Navy Labs", "contactName": "Grace Hopper",
                              "contactEmail": "grace@example.com", "country": "US"},
                 "terms": {"paymentTerms": "Net 30", "delivery": "FCA", "warranty": "12 months",
                           "liability": "Capped", "duration": "1 year", "renewal": "Yearly", "governingLaw": "NY"},
                 "firstOrder": {"poNumber": "PO-7", "requestedDeliveryDate": "2026-12-15", "currency": "%s",
                   "lines": [{"lineNo": 1, "sku": "CRM-SEAT", "name": "Pipeline CRM seat", "unit": "seat",
                              "quantity": "1", "unitPrice": {"amount": "%s", "currency": "%s"},
                              "discountPercent": "0", "taxRatePercent": "0",
                              "net": {"amount": "%s", "currency": "%s"}, "tax": {"amount": "0", "currency": "%s"},
                              "total": {"amount": "%s", "currency": "%s"}}],
                   "totals": {"net": {"amount": "%s", "currency": "%s"}, "tax": {"amount": "0", "currency": "%s"},
                              "total": {"amount": "%s", "currency": "%s"}},
                   "placedBy": "buyer@navylabs.example", "placedAt": "%s"},
                 "signedAt": "%s", "closedAt": "%s", "owner": null, "sharedWith": [],
                 "aFieldAddedLater": {"x": 1}}"""
                .formatted(UUID.randomUUID(), dealId, UUID.randomUUID(), currency, total, currency, total, currency,
                        currency, total, currency, total, currency, currency, total, currency, closedAt, closedAt,
                        closedAt);
    }
}
