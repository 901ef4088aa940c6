package io.salespipeline.fulfillment.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the customer API. */
public final class CustomerRequests {

    private CustomerRequests() {
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
