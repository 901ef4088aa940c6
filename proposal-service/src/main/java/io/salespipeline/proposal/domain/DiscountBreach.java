package io.salespipeline.proposal.domain;

/**
 * Where an offer goes beyond a rule of the discount policy: the rule's name, the line (null for
 * a rule about the whole proposal) and, in words, by how much.
 */
public record DiscountBreach(String rule, Integer lineNo, String detail) {
}
