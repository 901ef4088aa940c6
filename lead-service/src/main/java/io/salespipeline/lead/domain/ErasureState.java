package io.salespipeline.lead.domain;

/** PENDING until every service that holds person data confirmed its anonymisation, then COMPLETED. */
public enum ErasureState {
    PENDING, COMPLETED
}
