package io.salespipeline.proposal.domain;

import java.util.List;

/**
 * One rule of the discount policy, by name: what in an offer it finds beyond what a seller may
 * give without a sales manager's approval. An empty answer: the rule holds.
 */
public sealed interface DiscountRule permits LineDiscountLimit, TotalDiscountLimit {

    /** The rule's name, as a refusal and an approval request cite it. */
    String name();

    List<DiscountBreach> breachesOf(List<ProposalLine> lines, String currency);
}
