package io.salespipeline.proposal.domain;

/**
 * The seller's standing terms for every new draft and revision: the currency a proposal is made
 * in, how many days an offer stands, and the standard terms printed unless the draft changes them.
 */
public record OfferTerms(String currency, int validityDays, String standardTerms) {
}
