package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;

/** The hand-off from lead-service rehearsed at start: a qualified lead opening its prospect, rolled back. */
@Dependent
class LeadQualifiedRehearsal {

    @Produces
    @Singleton
    Rehearsal leadQualified(LeadQualifiedConsumer consumer) {
        return new Rehearsal("sales.lead.qualified", "io.salespipeline.lead.LeadQualified.v1",
                LeadQualifiedRehearsal::data, consumer::onLeadQualified);
    }

    /** The event's data for {@code dealId}, as its producer publishes it. */
    static String data(UUID dealId) {
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
}
