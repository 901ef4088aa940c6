package io.salespipeline.prospect.domain;

/** How the seller and the prospect were in touch. */
public enum InteractionType {
    CALL, EMAIL, MEETING, DEMO, EVENT
}
