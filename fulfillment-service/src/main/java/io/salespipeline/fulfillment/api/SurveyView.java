package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.customerlink.LinkEvidence;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A satisfaction survey: about one order (orderId) or the customer relationship (orderId null).
 * fromCustomer: answered by the customer through their survey link, with its evidence (false for
 * answers given before survey links, which count towards no score).
 */
@Schema(description = "A satisfaction survey answer: about one order, or about the customer relationship as a whole.")
public record SurveyView(
        @Schema(required = true, description = "The survey's id.", examples = "0193a3e2-7c1d-7f30-9a4b-5c6d7e8f9a0b")
        UUID id,
        @Schema(required = true, description = "The customer who answered.", examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b")
        UUID customerId,
        @Schema(nullable = true, description = "The order the survey is about; null for a survey about the "
                + "relationship as a whole.", examples = "0193a3d1-9f00-7a11-8b22-3c4d5e6f7a8b") UUID orderId,
        @Schema(required = true, description = "The score, 0 (not at all likely to recommend) to 10 (extremely "
                + "likely): 9-10 promoters, 7-8 passives, 0-6 detractors in the NPS.", minimum = "0", maximum = "10",
                examples = "9") int score,
        @Schema(nullable = true, description = "The customer's comment, as written; null when none was given.",
                examples = "Delivery was on time and the onboarding call helped a lot.") String comment,
        @Schema(required = true, description = "Who owned the customer when it answered: the support person whose "
                + "NPS the answer counts towards.", examples = "ana.support") String supportOwner,
        @Schema(required = true, description = "true: answered by the customer through the survey link e-mailed to "
                + "their contact (counts towards the latest score and the NPS); false: given before survey links, "
                + "through a link staff were handed or recorded by staff, so not known to be the customer's (counts "
                + "nowhere).", examples = "true") boolean fromCustomer,
        @Schema(required = true, description = "Who submitted it: \"customer-link:<link id>\" for a customer's "
                + "answer; \"customer (survey invitation <id>)\" for an answer given before survey links.",
                examples = "customer-link:0193a3e1-4d2c-7b3a-9c8d-7e6f5a4b3c2d") String submittedBy,
        @Schema(required = true, description = "When it was answered (UTC).", examples = "2026-04-15T14:05:00Z")
        Instant submittedAt,
        @Schema(nullable = true, description = "How the customer's answer reached us (the survey link, IP address, "
                + "user agent); null when fromCustomer is false.") LinkEvidence evidence) {

    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id(), survey.customerId(), survey.orderId(), survey.score(), survey.comment(),
                survey.supportOwner(), survey.fromCustomer(), survey.submittedBy(), survey.submittedAt(),
                survey.evidence());
    }
}
