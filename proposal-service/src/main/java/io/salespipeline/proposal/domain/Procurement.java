package io.salespipeline.proposal.domain;

/** The customer's procurement procedure and the seller's notes about it. */
public record Procurement(ProcurementProcedure procedure, String notes) {
}
