package io.salespipeline.lead.events;

import io.salespipeline.lead.domain.Assessment;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Interest;
import io.salespipeline.lead.domain.SourceKind;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a lead has both a positive assessment and an expressed
 * interest: the deal starts here. {@code owner}: the seller who works the deal (null: unassigned,
 * visible to sales managers only), {@code sharedWith}: who else may work it; the next stage copies both. Owned by lead-service; consumers read it tolerantly.
 */
public record LeadQualified(UUID leadId, UUID dealId, Contact contact, Source source, Assessment assessment,
        Interest interest, Instant qualifiedAt, String owner, java.util.Set<String> sharedWith) {

    public static final String TOPIC = "sales.lead.qualified";
    public static final String TYPE = "io.salespipeline.lead.LeadQualified.v1";

    public record Source(SourceKind kind, String detail) {
    }
}
