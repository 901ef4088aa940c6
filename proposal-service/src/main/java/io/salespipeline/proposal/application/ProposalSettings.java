package io.salespipeline.proposal.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How this seller makes proposals ({@code sales.proposal.*}): the currency drafts are made in, how
 * many days an offer stands, the standard terms of a new draft, and how often sent proposals are
 * checked for an ended validity.
 */
@ConfigMapping(prefix = "sales.proposal")
public interface ProposalSettings {

    String currency();

    int validityDays();

    String defaultTerms();

    /** Read by {@link ProposalExpiry}'s schedule. */
    @WithDefault("1h")
    String expiryCheckInterval();
}
