package io.salespipeline.lead.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} once per new lead, whichever way it came in: {@code intake} is API
 * (a person through the REST API), INTEGRATION (an API key), WEB_FORM or IMPORT (a CSV import).
 * Key and subject: the leadId (a lead has no deal until it qualifies). It names the lead by id
 * only: its contact is read through the API by whoever may see it, so an erasure leaves nothing
 * personal here. {@code sourceKind}: a SourceKind name; {@code owner}: the seller who owns it
 * (null: unassigned, waiting for a sales manager). Owned by lead-service; consumers read it tolerantly.
 */
public record LeadCreated(UUID leadId, String intake, String sourceKind, @Nullable String owner, String createdBy,
        Instant createdAt) {

    public static final String TOPIC = "sales.lead.created";
    public static final String TYPE = "io.salespipeline.lead.LeadCreated.v1";

    /** How a lead came in. */
    public enum Intake {
        API, INTEGRATION, WEB_FORM, IMPORT
    }
}
