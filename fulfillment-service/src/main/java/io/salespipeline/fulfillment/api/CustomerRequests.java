package io.salespipeline.fulfillment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Request bodies of the customer API. */
public final class CustomerRequests {

    private CustomerRequests() {
    }

    /** score 0-10; orderId: the order the survey is about, or omitted for the relationship as a whole. */
    public record SurveyInput(@NotNull Integer score, String comment, UUID orderId) {
    }

    /** An order survey: the order is the path's. */
    public record OrderSurveyInput(@NotNull Integer score, String comment) {
    }

    public record ReassignmentInput(@NotBlank String supportOwner, @NotBlank String reason) {
    }
}
