package io.salespipeline.fulfillment.domain;

/** FIRST: the order placed when the deal closed (one per deal). Later orders come with their own kind. */
public enum OrderKind {
    FIRST
}
