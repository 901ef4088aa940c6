package io.salespipeline.prospect.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a seller logs an interaction with the prospect (a call, a
 * meeting, ...). It tells what happened and when, not what was said: the free-text outcome and
 * next step stay in this service (they may name people). {@code type}: an InteractionType name;
 * {@code interestLevel}: LOW, MEDIUM or HIGH, null when not judged. Owned by prospect-service;
 * consumers read it tolerantly.
 */
public record ProspectInteractionLogged(UUID interactionId, UUID prospectId, UUID dealId, String type,
        Instant occurredAt, @Nullable String interestLevel, @Nullable LocalDate followUpOn, String recordedBy,
        Instant recordedAt) {

    public static final String TOPIC = "sales.prospect.interaction-logged";
    public static final String TYPE = "io.salespipeline.prospect.ProspectInteractionLogged.v1";
}
