package io.salespipeline.fulfillment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * FIRST: the order placed when the deal closed (one per deal). FOLLOW_UP: a later order of an
 * existing customer, placed through the API and priced here.
 */
@Schema(description = "FIRST: the order placed when the deal closed (one per deal); FOLLOW_UP: a later order of the customer.")
public enum OrderKind {
    FIRST, FOLLOW_UP
}
