package io.salespipeline.lead.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} (key and subject: the leadId, so a lead's assignments stay in
 * order whether or not it has a deal yet) whenever a lead gets a seller: by a routing rule
 * ({@code by} ROUTING, with the rule) or by a sales manager's hand ({@code by} MANUAL). dealId is
 * null before the lead qualified; previousOwner null when it had none.
 */
public record LeadAssigned(UUID leadId, @Nullable UUID dealId, String owner, @Nullable String previousOwner, String by,
        @Nullable UUID ruleId, @Nullable String rule, @Nullable String way, Instant assignedAt) {

    public static final String TOPIC = "sales.lead.assigned";
    public static final String TYPE = "io.salespipeline.lead.LeadAssigned.v1";
    public static final String BY_ROUTING = "ROUTING";
    public static final String BY_HAND = "MANUAL";
}
