package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The hand-off from lead-service rehearsed at start: a qualified lead opening its prospect, rolled back. */
@ApplicationScoped
class LeadQualifiedRehearsal implements Rehearsal {

    @Inject
    LeadQualifiedConsumer consumer;

    @Override
    public String topic() {
        return "sales.lead.qualified";
    }

    @Override
    public String eventType() {
        return "io.salespipeline.lead.LeadQualified.v1";
    }

    @Override
    public String data(UUID dealId) {
        return """
                {"leadId": "%s", "dealId": "%s",
                 "contact": {"name": "Rehearsal Contact", "email": "rehearsal@example.com", "phone": "+1 555 0100",
                             "company": "Rehearsal Ltd", "jobTitle": "Buyer", "country": "US"},
                 "source": {"kind": "WEB_FORM", "detail": "rehearsal", "campaign": "rehearsal"},
                 "assessment": {"viable": true, "reasons": "Budget approved", "assessedBy": "rehearsal",
                                "assessedAt": "2026-01-01T09:00:00Z"},
                 "interest": {"channel": "PHONE", "expressedAt": "2026-01-01T09:30:00Z", "topics": "pricing"},
                 "qualifiedAt": "2026-01-01T09:31:00Z", "owner": "rehearsal", "sharedWith": []}"""
                .formatted(UUID.randomUUID(), dealId);
    }

    @Override
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.onLeadQualified(record);
    }
}
