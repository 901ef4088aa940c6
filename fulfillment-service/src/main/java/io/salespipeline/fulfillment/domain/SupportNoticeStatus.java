package io.salespipeline.fulfillment.domain;

/** A support notice waits for its support owner (OPEN) until someone who works the customer acknowledges it. */
public enum SupportNoticeStatus {
    OPEN,
    ACKNOWLEDGED
}
