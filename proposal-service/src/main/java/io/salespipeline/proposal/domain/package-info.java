/**
 * The proposal stage's domain: a deal's offer as {@link io.salespipeline.proposal.domain.Proposal}
 * versions and the product catalogue it is priced from.
 * <ul>
 * <li>A sent proposal never changes; a revision is the next version, and only the latest version
 * is revised; ownership belongs to every version of a deal:
 * {@link io.salespipeline.proposal.domain.ProposalVersions}.
 * <li>Pricing per line and totals as sums of rounded line amounts:
 * {@link io.salespipeline.proposal.domain.PricedLines}, {@link io.salespipeline.proposal.domain.ProposalLine}.
 * <li>The format follows the customer's procurement procedure:
 * {@link io.salespipeline.proposal.domain.ProcurementBasis}.
 * <li>The customer's answer: {@link io.salespipeline.proposal.domain.Acceptance},
 * {@link io.salespipeline.proposal.domain.Rejection}; a deal lost elsewhere:
 * {@link io.salespipeline.proposal.domain.Withdrawal}, {@link io.salespipeline.proposal.domain.DealLostMark}.
 * <li>An erasure forgets the contact person: {@link io.salespipeline.proposal.domain.CustomerSnapshot}.
 * </ul>
 */
package io.salespipeline.proposal.domain;
