package io.salespipeline.proposal.domain;

import io.salespipeline.platform.stage.Attribution;
import io.salespipeline.platform.stage.DealBriefing.ProfileSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The prospect's hand-over of a deal ready for a proposal: whom to address, how the customer
 * buys, the applications, when it became ready, who works the deal (owner: null when unassigned)
 * and whom it is shared with, the event that carried it, where the deal came from (attribution;
 * null: not known), the deal's currency (null: the prospect chose none, so the seller's
 * standard currency), the company's profile as the seller came to know it (null: not described)
 * and the company account the deal is for (accountId; null: not known).
 */
public record Handover(UUID dealId, UUID prospectId, Customer customer, Procurement procurement, RfpDetails rfp,
        List<ApplicationSummary> applications, Instant readyAt, String owner, Collection<String> sharedWith,
        String sourceEventId, Attribution attribution, String currency, ProfileSummary profile, UUID accountId) {

    /** A hand-over that describes the company but does not name its account. */
    public Handover(UUID dealId, UUID prospectId, Customer customer, Procurement procurement, RfpDetails rfp,
            List<ApplicationSummary> applications, Instant readyAt, String owner, Collection<String> sharedWith,
            String sourceEventId, Attribution attribution, String currency, ProfileSummary profile) {
        this(dealId, prospectId, customer, procurement, rfp, applications, readyAt, owner, sharedWith, sourceEventId,
                attribution, currency, profile, null);
    }

    /** A hand-over that neither describes the company nor names its account. */
    public Handover(UUID dealId, UUID prospectId, Customer customer, Procurement procurement, RfpDetails rfp,
            List<ApplicationSummary> applications, Instant readyAt, String owner, Collection<String> sharedWith,
            String sourceEventId, Attribution attribution, String currency) {
        this(dealId, prospectId, customer, procurement, rfp, applications, readyAt, owner, sharedWith, sourceEventId,
                attribution, currency, null);
    }

    /** A hand-over that says neither where the deal came from nor its currency. */
    public Handover(UUID dealId, UUID prospectId, Customer customer, Procurement procurement, RfpDetails rfp,
            List<ApplicationSummary> applications, Instant readyAt, String owner, Collection<String> sharedWith,
            String sourceEventId) {
        this(dealId, prospectId, customer, procurement, rfp, applications, readyAt, owner, sharedWith, sourceEventId,
                null, null, null);
    }

    /** The seller's standing terms in the deal's currency, where the prospect chose one. */
    public OfferTerms offerTerms(OfferTerms standing) {
        return currency == null ? standing
                : new OfferTerms(currency, standing.validityDays(), standing.standardTerms());
    }

    /** What the proposal is built on. */
    ProcurementBasis basis() {
        return ProcurementBasis.of(procurement, rfp, applications);
    }
}
