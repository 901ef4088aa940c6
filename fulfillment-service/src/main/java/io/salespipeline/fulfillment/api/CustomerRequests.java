package io.salespipeline.fulfillment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the customer API. */
public final class CustomerRequests {

    private CustomerRequests() {
    }

    /** The customer's answer to a survey invitation: score 0-10, an optional comment. */
    @Schema(description = "The customer's answer to a survey invitation.")
    public record SurveyAnswerInput(
            @Schema(description = "How likely the customer is to recommend us, 0 (not at all) to 10 (extremely); "
                    + "another number answers 400.", minimum = "0", maximum = "10", examples = "9")
            @NotNull Integer score,
            @Schema(description = "Anything the customer wants to add (at most 4000 characters).",
                    examples = "Delivery was on time and the onboarding call helped a lot.") String comment) {
    }

    @Schema(description = "The support person to hand the customer to, and why.")
    public record ReassignmentInput(
            @Schema(description = "The new support owner: a name of the support roster (sales.support.staff), not "
                    + "the current owner; another name answers 400.", examples = "ben.support")
            @NotBlank String supportOwner,
            @Schema(description = "Why the customer changes hands, kept in the support-owner history (at most 2000 "
                    + "characters).", examples = "Customer moved its headquarters to Vienna") @NotBlank String reason) {
    }
}
