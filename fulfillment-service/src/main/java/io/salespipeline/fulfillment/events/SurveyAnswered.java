package io.salespipeline.fulfillment.events;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a customer answers a survey through their survey link: the score (0-10),
 * about which order (null: about the customer as a whole) and whose support it rates. The
 * free-text comment stays in this service (it may name people). Owned by fulfillment-service;
 * consumers read it tolerantly.
 */
public record SurveyAnswered(UUID surveyId, UUID customerId, UUID dealId, @Nullable UUID orderId, int score,
        @Nullable String supportOwner, Instant answeredAt) {

    public static final String TOPIC = "fulfillment.survey.answered";
    public static final String TYPE = "io.salespipeline.fulfillment.SurveyAnswered.v1";
}
