package io.salespipeline.fulfillment.api;

import jakarta.validation.constraints.NotBlank;

/** Request bodies of the order API. They carry only what a caller may set: no ids, dealId, totals or owner. */
public final class OrderRequests {

    private OrderRequests() {
    }

    /**
     * The status to move to, with an optional note. The status is text so that an unknown value is
     * answered 400 naming the allowed values.
     */
    public record StatusChangeInput(@NotBlank String status, String note) {
    }
}
