package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.Survey;
import java.time.Instant;
import java.util.UUID;

/**
 * A satisfaction survey: about one order (orderId) or the customer relationship (orderId null).
 * fromCustomer: answered by the customer through an invitation (false only for surveys staff
 * recorded before, which count towards no score).
 */
public record SurveyView(UUID id, UUID customerId, UUID orderId, int score, String comment, String supportOwner,
        boolean fromCustomer, String submittedBy, Instant submittedAt) {

    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id(), survey.customerId(), survey.orderId(), survey.score(), survey.comment(),
                survey.supportOwner(), survey.fromCustomer(), survey.submittedBy(), survey.submittedAt());
    }
}
