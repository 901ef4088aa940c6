package io.salespipeline.lead.application;

import io.salespipeline.lead.domain.Assessment;
import io.salespipeline.lead.domain.Contact;
import io.salespipeline.lead.domain.Interest;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.events.LeadQualified;
import java.util.List;

/** The wire contract a qualified lead publishes, mapped from the lead. */
final class LeadQualifiedEvents {

    private LeadQualifiedEvents() {
    }

    /** {@code campaign}: the campaign of the lead's first arrival (null: none). */
    static LeadQualified of(Lead lead, String campaign) {
        Contact contact = lead.contact();
        Assessment assessment = lead.assessment();
        Interest interest = lead.interest();
        return new LeadQualified(lead.id(), lead.dealId(),
                new LeadQualified.Contact(contact.name(), contact.email(), contact.phone(), contact.company(),
                        contact.jobTitle(), contact.country()),
                new LeadQualified.Source(lead.sourceKind().name(), lead.sourceDetail(), campaign),
                new LeadQualified.Assessment(assessment.viable(), assessment.reasons(), assessment.assessedBy(),
                        assessment.assessedAt()),
                new LeadQualified.Interest(interest.channel().name(), interest.expressedAt(), interest.topics(),
                        interest.recordedBy(), interest.recordedAt()),
                lead.qualifiedAt(), lead.owner(), List.copyOf(lead.sharedWith()), lead.accountId(),
                lead.previousDealId());
    }
}
