/**
 * The proposal stage's domain: a deal's offer as {@link Proposal} versions and the catalogue's
 * {@link Product}s it is priced from. Where each rule lives:
 * <ul>
 * <li>A sent proposal never changes; a revision is the next version; only the latest version is
 * revised; ownership belongs to every version of a deal; which hand-over drafts what:
 * {@link ProposalVersions}.
 * <li>Lines priced one by one, totals as the sums of the rounded line amounts, purchase-order
 * references on a purchase-order quote only: {@link Offer}, {@link ProposalLine}.
 * <li>The format follows the customer's procurement procedure: {@link ProcurementBasis}.
 * <li>The customer's answer: {@link Acceptance}, {@link Rejection}; a deal lost elsewhere:
 * {@link Withdrawal}, {@link DealLostMark}.
 * <li>An erasure forgets the contact person: {@link CustomerSnapshot}.
 * <li>Discounts beyond the admin's {@link DiscountPolicy} (its named {@link DiscountRule}s) need a
 * sales manager's approval before sending, decided by someone else than who asked, lapsing when a
 * line changes: {@link DiscountApproval}.
 * </ul>
 */
package io.salespipeline.proposal.domain;
