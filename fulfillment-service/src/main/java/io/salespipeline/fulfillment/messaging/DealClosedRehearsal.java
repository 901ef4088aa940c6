package io.salespipeline.fulfillment.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;

/** The hand-off from contract-service rehearsed at start: a closed deal taking in its first order, rolled back. */
@Dependent
class DealClosedRehearsal {

    @Produces
    @Singleton
    Rehearsal dealClosed(DealClosedConsumer consumer) {
        return new Rehearsal("sales.deal.closed", "io.salespipeline.contract.DealClosed.v1",
                DealClosedRehearsal::data, consumer::onDealClosed);
    }

    /** The event's data for {@code dealId}, as its producer publishes it. */
    static String data(UUID dealId) {
        return """
                {"contractId": "%s", "dealId": "%s", "proposalId": "%s",
                 "customer": {"company": "Rehearsal Ltd", "contactName": "Rehearsal Contact",
                              "contactEmail": "rehearsal@example.com", "country": "DE"},
                 "firstOrder": {"poNumber": "PO-REHEARSAL", "requestedDeliveryDate": "2026-02-01", "currency": "EUR",
                   "lines": [
                     {"lineNo": 1, "sku": "LIC-PRO", "name": "Pro licence", "unit": "seat", "quantity": "3",
                      "unitPrice": {"amount": "199.99", "currency": "EUR"}, "discountPercent": "10",
                      "taxRatePercent": "19", "net": {"amount": "539.97", "currency": "EUR"},
                      "tax": {"amount": "102.59", "currency": "EUR"}, "total": {"amount": "642.56", "currency": "EUR"}}],
                   "totals": {"net": {"amount": "539.97", "currency": "EUR"},
                              "tax": {"amount": "102.59", "currency": "EUR"},
                              "total": {"amount": "642.56", "currency": "EUR"}},
                   "placedAt": "2026-01-01T15:00:00Z"},
                 "signedAt": "2026-01-01T15:00:00Z", "closedAt": "2026-01-01T15:05:00Z", "owner": "rehearsal"}"""
                .formatted(UUID.randomUUID(), dealId, UUID.randomUUID());
    }
}
