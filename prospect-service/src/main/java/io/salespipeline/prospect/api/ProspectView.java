package io.salespipeline.prospect.api;

import io.salespipeline.prospect.domain.Contact;
import io.salespipeline.prospect.domain.InterestLevel;
import io.salespipeline.prospect.domain.Procurement;
import io.salespipeline.prospect.domain.Profile;
import io.salespipeline.prospect.domain.Prospect;
import io.salespipeline.prospect.domain.ProposalRejection;
import io.salespipeline.prospect.domain.ProspectStatus;
import io.salespipeline.prospect.domain.Qualification;
import io.salespipeline.prospect.domain.Savings;
import io.salespipeline.prospect.domain.Source;
import io.salespipeline.platform.stage.DealWin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A prospect as the API shows it; its interactions and applications are listed at their own
 * paths. savings: the applications' savings summed per year (cost per currency, hours);
 * lastRejection: the customer's latest rejection of a proposal, which brought it back to ORIENTATION;
 * dealWon: when the deal closed and its first order's value (a WON prospect), else null;
 * segment: the deal's segment, which decides the readiness steps required;
 * currency: the deal's currency (null: none chosen, the proposal stage's standard one).
 */
public record ProspectView(UUID id, UUID dealId, UUID leadId, ProspectStatus status, Contact contact,
        Source source, Qualification qualification, InterestLevel interestLevel, LocalDate nextFollowUpOn,
        Instant lastInteractionAt, Profile profile, Procurement procurement, Savings savings,
        ProposalRejection lastRejection, String lossReason, String createdBy,
        Instant createdAt, Instant updatedAt, Instant readyAt, Instant lostAt, DealWin dealWon, String owner,
        java.util.Set<String> sharedWith, String segment, String currency) {

    public static ProspectView of(Prospect prospect) {
        return new ProspectView(prospect.id(), prospect.dealId(), prospect.leadId(), prospect.status(),
                prospect.contact(), prospect.source(), prospect.qualification(), prospect.interestLevel(),
                prospect.nextFollowUpOn(), prospect.lastInteractionAt(), prospect.profile(), prospect.procurement(),
                prospect.savings(), prospect.lastRejection(),
                prospect.lossReason(), prospect.createdBy(), prospect.createdAt(), prospect.updatedAt(),
                prospect.readyAt(), prospect.lostAt(), prospect.dealWin(), prospect.owner(), prospect.sharedWith(),
                prospect.segment(), prospect.currency());
    }
}
