package io.salespipeline.proposal.application;

import io.salespipeline.proposal.domain.DiscountApproval;
import io.salespipeline.proposal.domain.DiscountBreach;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.events.ProposalApprovalGranted;
import io.salespipeline.proposal.events.ProposalApprovalRefused;
import io.salespipeline.proposal.events.ProposalApprovalRequested;
import java.util.List;

/** The discount approval's wire records, made from the proposal as it is after the step. */
final class ApprovalEvents {

    private ApprovalEvents() {
    }

    static ProposalApprovalRequested requested(Proposal proposal, List<DiscountBreach> breaches) {
        DiscountApproval approval = proposal.approval();
        return new ProposalApprovalRequested(proposal.id(), proposal.dealId(), proposal.version(), approval.note(),
                breaches.stream().map(breach -> new ProposalApprovalRequested.Breach(breach.rule(), breach.lineNo(),
                        breach.detail())).toList(),
                approval.requestedBy(), approval.requestedAt(), proposal.owner(), List.copyOf(proposal.sharedWith()));
    }

    static ProposalApprovalGranted granted(Proposal proposal) {
        DiscountApproval approval = proposal.approval();
        return new ProposalApprovalGranted(proposal.id(), proposal.dealId(), proposal.version(),
                approval.decisionReason(), approval.decidedBy(), approval.decidedAt(), proposal.owner());
    }

    static ProposalApprovalRefused refused(Proposal proposal) {
        DiscountApproval approval = proposal.approval();
        return new ProposalApprovalRefused(proposal.id(), proposal.dealId(), proposal.version(),
                approval.decisionReason(), approval.decidedBy(), approval.decidedAt(), proposal.owner());
    }
}
