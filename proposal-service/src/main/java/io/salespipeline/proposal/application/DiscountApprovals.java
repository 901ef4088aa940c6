package io.salespipeline.proposal.application;

import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.proposal.domain.DiscountBreach;
import io.salespipeline.proposal.domain.DiscountPolicy;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.events.ProposalApprovalGranted;
import io.salespipeline.proposal.events.ProposalApprovalRefused;
import io.salespipeline.proposal.events.ProposalApprovalRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draft's discounts beyond the policy: the seller's request, a sales manager's grant or refusal.
 * Each one transaction in which the proposal changes and its event is stored.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class DiscountApprovals {

    @Inject
    ProposalUseCases proposals;

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    @Transactional
    public Proposal request(UUID id, String note) {
        Proposal proposal = proposals.get(id);
        List<DiscountBreach> breaches = proposal.requestApproval(DiscountPolicy.current(), note, actor.name(),
                actor.subject(), Instant.now());
        ProposalApprovalRequested requested = ApprovalEvents.requested(proposal, breaches);
        outbox.publish(ProposalApprovalRequested.TOPIC, ProposalApprovalRequested.TYPE, proposal.dealId(), requested);
        return proposal;
    }

    @Transactional
    public Proposal grant(UUID id, String comment) {
        Proposal proposal = proposals.get(id);
        proposal.grantApproval(comment, actor.name(), actor.subject(), Instant.now());
        ProposalApprovalGranted granted = ApprovalEvents.granted(proposal);
        outbox.publish(ProposalApprovalGranted.TOPIC, ProposalApprovalGranted.TYPE, proposal.dealId(), granted);
        return proposal;
    }

    @Transactional
    public Proposal refuse(UUID id, String reason) {
        Proposal proposal = proposals.get(id);
        proposal.refuseApproval(reason, actor.name(), actor.subject(), Instant.now());
        ProposalApprovalRefused refused = ApprovalEvents.refused(proposal);
        outbox.publish(ProposalApprovalRefused.TOPIC, ProposalApprovalRefused.TYPE, proposal.dealId(), refused);
        return proposal;
    }
}
