package io.salespipeline.contract.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The hand-off from proposal-service rehearsed at start: an accepted proposal drafting its contract, rolled back. */
@ApplicationScoped
class ProposalAcceptedRehearsal implements Rehearsal {

    @Inject
    ProposalAcceptedConsumer consumer;

    @Override
    public String topic() {
        return "sales.proposal.accepted";
    }

    @Override
    public String eventType() {
        return "io.salespipeline.proposal.ProposalAccepted.v1";
    }

    @Override
    public String data(UUID dealId) {
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

    @Override
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.onProposalAccepted(record);
    }
}
