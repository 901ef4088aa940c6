package io.salespipeline.lead.events;

import io.salespipeline.platform.privacy.Personal;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a lead has both a positive assessment and an expressed
 * interest: the deal starts here. {@code owner}: the seller who works the deal (null: unassigned,
 * visible to sales managers only), {@code sharedWith}: who else may work it, in subject order;
 * the next stage copies both. {@code accountId}: the company account the deal is for (lead-service's
 * {@code /api/accounts}); null when no company is known. The later stages carry it on, so that
 * the order attaches to the account's customer. {@code previousDealId}: the deal this one follows (a
 * new deal of a won or lost lead, a re-opened lost deal), for the next stage to carry forward
 * what it already knows; null for the lead's first deal. Owned by lead-service; consumers read it
 * tolerantly.
 */
public record LeadQualified(UUID leadId, UUID dealId, Contact contact, Source source, Assessment assessment,
        Interest interest, Instant qualifiedAt, @Nullable String owner, List<String> sharedWith,
        @Nullable UUID accountId, @Nullable UUID previousDealId) {

    public static final String TOPIC = "sales.lead.qualified";
    public static final String TYPE = "io.salespipeline.lead.LeadQualified.v1";

    /**
     * The person, as the lead holds it (normalised: e-mail lower case, country ISO 3166-1 alpha-2).
     * Name, e-mail, phone and job title travel encrypted with the person's key (the person is the
     * lead: {@code leadId}), unreadable once the person is erased; company and country stay readable.
     */
    public record Contact(@Personal(person = "leadId") String name, @Personal(person = "leadId") @Nullable String email,
            @Personal(person = "leadId") @Nullable String phone, @Nullable String company,
            @Personal(person = "leadId") @Nullable String jobTitle, @Nullable String country) {
    }

    /**
     * How the lead first arrived: kind (a SourceKind name), detail, and the campaign revenue is
     * attributed to (its {@code utm_campaign}, else its web form's campaign; null: none).
     */
    public record Source(String kind, @Nullable String detail, @Nullable String campaign) {
    }

    public record Assessment(boolean viable, String reasons, String assessedBy, Instant assessedAt) {
    }

    /** channel: an InterestChannel name. */
    public record Interest(String channel, Instant expressedAt, String topics, String recordedBy,
            Instant recordedAt) {
    }
}
