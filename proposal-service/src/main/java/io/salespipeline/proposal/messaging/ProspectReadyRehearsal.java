package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.rehearsal.Rehearsal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;

/** The hand-off from prospect-service rehearsed at start: a prospect ready for a proposal drafting it, rolled back. */
@Dependent
class ProspectReadyRehearsal {

    @Produces
    @Singleton
    Rehearsal prospectReady(ProspectReadyConsumer consumer) {
        return new Rehearsal("sales.prospect.ready-for-proposal", "io.salespipeline.prospect.ProspectReadyForProposal.v1",
                ProspectReadyRehearsal::data, consumer::onProspectReady);
    }

    /** The event's data for {@code dealId}, as its producer publishes it. */
    static String data(UUID dealId) {
        return """
                {"prospectId": "%s", "dealId": "%s",
                 "contact": {"name": "Rehearsal Contact", "email": "rehearsal@example.com", "company": "Rehearsal Ltd",
                             "country": "GB"},
                 "profile": {"industry": "Manufacturing", "companySize": "200-500", "businessModel": "B2B"},
                 "procurement": {"procedure": "PURCHASE_ORDER", "notes": "Three quotes for purchases over 10k"},
                 "applications": [{"applicationId": "%s", "product": "Pipeline CRM",
                                   "problem": "Leads lost in spreadsheets",
                                   "costSaving": {"amount": "12000.00", "currency": "EUR"},
                                   "timeSavingHours": "12.5", "period": "MONTH",
                                   "reasoning": "Four sellers each lose three hours a week"}],
                 "readyAt": "2026-01-01T10:00:00Z", "owner": "rehearsal", "sharedWith": [], "currency": "EUR"}"""
                .formatted(UUID.randomUUID(), dealId, UUID.randomUUID());
    }
}
