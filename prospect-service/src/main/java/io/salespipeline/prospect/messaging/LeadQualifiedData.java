package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.inbox.StatedTimes;
import io.salespipeline.prospect.application.OpenProspect;
import io.salespipeline.prospect.domain.Qualification;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's reading of lead-service's LeadQualified.v1: only the fields it keeps. Enum
 * values of lead-service (source kind, interest channel) are read as text, so a new value
 * there does not make the event unreadable here. {@code owner} is null in events published before
 * ownership existed: such a prospect is visible to sales managers only; {@code sharedWith} missing: shared with nobody.
 * {@code accountId}: the company account the deal is for; null or missing (events from before it existed): not known.
 * {@code previousDealId}: the deal this one follows (null or missing: the lead's first deal).
 */
public record LeadQualifiedData(UUID leadId, UUID dealId, Contact contact, Source source, Assessment assessment,
        Interest interest, Instant qualifiedAt, String owner, java.util.Set<String> sharedWith, UUID accountId,
        UUID previousDealId) {

    public record Contact(String name, String email, String phone, String company, String jobTitle,
            String country) {
    }

    /** campaign: absent in events published before lead-service sent it. */
    public record Source(String kind, String detail, String campaign) {
    }

    public record Assessment(String reasons, String assessedBy, Instant assessedAt) {
    }

    public record Interest(String channel, Instant expressedAt, String topics) {
    }

    /**
     * The lead the event says qualified, once its time is checked: qualified no later than now (a
     * qualification in the future would be kept as if it were true).
     */
    public UUID qualifiedLead() {
        StatedTimes.notInFuture("qualifiedAt", qualifiedAt);
        return leadId;
    }

    /** The prospect to open; the contact is required, source and qualification may be missing. */
    public OpenProspect toOpenProspect() {
        if (contact == null) {
            throw new InvalidInputException("contact", "is required");
        }
        return new OpenProspect(leadId,
                new io.salespipeline.prospect.domain.Contact(contact.name(), contact.email(), contact.phone(),
                        contact.company(), contact.jobTitle(), contact.country()),
                source == null ? null : new io.salespipeline.prospect.domain.Source(source.kind(), source.detail(),
                        source.campaign()),
                new Qualification(
                        assessment == null ? null
                                : new Qualification.Assessment(assessment.reasons(), assessment.assessedBy(),
                                        assessment.assessedAt()),
                        interest == null ? null
                                : new Qualification.Interest(interest.channel(), interest.topics(),
                                        interest.expressedAt()),
                        qualifiedAt),
                owner, sharedWith, accountId, previousDealId);
    }
}
