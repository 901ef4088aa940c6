package io.salespipeline.fulfillment.domain;

/**
 * FIRST: the order placed when the deal closed (one per deal). FOLLOW_UP: a later order of an
 * existing customer, placed through the API and priced here.
 */
public enum OrderKind {
    FIRST, FOLLOW_UP
}
