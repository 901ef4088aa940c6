package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.Assessment;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Interest;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadStatus;
import io.salespipeline.lead.events.LeadQualified;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A lead as the API shows it. */
public record LeadView(UUID id, UUID dealId, LeadStatus status, Contact contact, String notes,
        Map<String, String> attributes, LeadQualified.Source source, Assessment assessment, Interest interest,
        String disqualificationReason, String createdBy, Instant createdAt, Instant updatedAt,
        Instant qualifiedAt, String owner, java.util.Set<String> sharedWith) {

    public static LeadView of(Lead lead) {
        return new LeadView(lead.id(), lead.dealId(), lead.status(), lead.contact(), lead.notes(),
                lead.attributes(), new LeadQualified.Source(lead.sourceKind(), lead.sourceDetail()),
                lead.assessment(), lead.interest(), lead.disqualificationReason(), lead.createdBy(),
                lead.createdAt(), lead.updatedAt(), lead.qualifiedAt(), lead.owner(), lead.sharedWith());
    }
}
