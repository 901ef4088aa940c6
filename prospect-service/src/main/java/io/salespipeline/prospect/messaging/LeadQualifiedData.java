package io.salespipeline.prospect.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's reading of lead-service's LeadQualified.v1: only the fields it keeps. Enum
 * values of lead-service (source kind, interest channel) are read as text, so a new value
 * there does not make the event unreadable here. {@code owner} is null in events published before
 * ownership existed: such a prospect is visible to sales managers only; {@code sharedWith} missing: shared with nobody.
 */
public record LeadQualifiedData(UUID leadId, UUID dealId, Contact contact, Source source, Assessment assessment,
        Interest interest, Instant qualifiedAt, String owner, java.util.Set<String> sharedWith) {

    public record Contact(String name, String email, String phone, String company, String jobTitle,
            String country) {
    }

    public record Source(String kind, String detail) {
    }

    public record Assessment(String reasons, String assessedBy, Instant assessedAt) {
    }

    public record Interest(String channel, Instant expressedAt, String topics) {
    }
}
