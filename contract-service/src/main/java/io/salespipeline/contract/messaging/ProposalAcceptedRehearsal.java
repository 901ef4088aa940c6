package io.salespipeline.contract.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;

/** The hand-off from proposal-service rehearsed at start: an accepted proposal drafting its contract, rolled back. */
@Dependent
class ProposalAcceptedRehearsal {

    @Produces
    @Singleton
    Rehearsal proposalAccepted(ProposalAcceptedConsumer consumer) {
        return new Rehearsal("sales.proposal.accepted", "io.salespipeline.proposal.ProposalAccepted.v1",
                ProposalAcceptedRehearsal::data, consumer::onProposalAccepted);
    }

    /** The event's data for {@code dealId}, as its producer publishes it. */
    static String data(UUID dealId) {
        return """
                {"proposalId": "%s", "dealId": "%s", "version": 1,
                 "customer": {"company": "Rehearsal Ltd", "contactName": "Rehearsal Contact",
                              "contactEmail": "rehearsal@example.com", "country": "DE"},
                 "currency": "EUR",
                 "lines": [
                   {"lineNo": 1, "sku": "PIPE-CRM-SEAT", "name": "Pipeline CRM seat", "unit": "seat-month", "quantity": "10",
                    "unitPrice": {"amount": "29.00", "currency": "EUR"}, "discountPercent": "7.5", "taxRatePercent": "19",
                    "net": {"amount": "268.25", "currency": "EUR"}, "tax": {"amount": "50.97", "currency": "EUR"},
                    "total": {"amount": "319.22", "currency": "EUR"}}],
                 "totals": {"net": {"amount": "268.25", "currency": "EUR"}, "tax": {"amount": "50.97", "currency": "EUR"},
                            "total": {"amount": "319.22", "currency": "EUR"}},
                 "acceptedAt": "2026-01-01T10:00:00Z", "owner": "rehearsal", "sharedWith": []}"""
                .formatted(UUID.randomUUID(), dealId);
    }
}
