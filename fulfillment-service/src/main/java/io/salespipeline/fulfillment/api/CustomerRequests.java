package io.salespipeline.fulfillment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Request bodies of the customer API. */
public final class CustomerRequests {

    private CustomerRequests() {
    }

    /** The customer's answer to a survey invitation: score 0-10, an optional comment. */
    public record SurveyAnswerInput(@NotNull Integer score, String comment) {
    }

    public record ReassignmentInput(@NotBlank String supportOwner, @NotBlank String reason) {
    }
}
