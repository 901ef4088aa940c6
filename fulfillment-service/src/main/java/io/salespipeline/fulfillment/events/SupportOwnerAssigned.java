package io.salespipeline.fulfillment.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a customer is handed to support: at the hand-off when the
 * deal closes ({@code from} null, {@code rule} the hand-off rule by name) and at every
 * reassignment ({@code rule} null). {@code from} and {@code to} are support staff subjects.
 * Owned by fulfillment-service; consumers read it tolerantly.
 */
public record SupportOwnerAssigned(UUID assignmentId, UUID customerId, UUID dealId, @Nullable String from, String to,
        @Nullable String rule, String assignedBy, Instant assignedAt) {

    public static final String TOPIC = "fulfillment.customer.support-owner-assigned";
    public static final String TYPE = "io.salespipeline.fulfillment.SupportOwnerAssigned.v1";
}
