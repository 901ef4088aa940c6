package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The hand-off from prospect-service rehearsed at start: a prospect ready for a proposal drafting it, rolled back. */
@ApplicationScoped
class ProspectReadyRehearsal implements Rehearsal {

    @Inject
    ProspectReadyConsumer consumer;

    @Override
    public String topic() {
        return "sales.prospect.ready-for-proposal";
    }

    @Override
    public String eventType() {
        return "io.salespipeline.prospect.ProspectReadyForProposal.v1";
    }

    @Override
    public String data(UUID dealId) {
        return """
                {"prospectId": "%s", "dealId": "%s",
                 "contact": {"name": "Rehearsal Contact", "email": "rehearsal@example.com", "company": "Rehearsal Ltd",
                             "country": "GB"},
                 "profile": {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B"},
                 "procurement": {"procedure": "PURCHASE_ORDER", "notes": "Three quotes for purchases over 10k"},
                 "applications": [{"applicationId": "%s", "product": "Pipeline CRM",
                                   "problem": "Leads lost in spreadsheets",
                                   "costSaving": {"amount": "12000.00", "currency": "EUR"},
                                   "timeSavingHours": "12.5", "period": "MONTH",
                                   "reasoning": "Four sellers each lose three hours a week"}],
                 "readyAt": "2026-01-01T10:00:00Z", "owner": "rehearsal", "sharedWith": [], "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), dealId, UUID.randomUUID());
    }

    @Override
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.onProspectReady(record);
    }
}
