package io.salespipeline.proposal.api;

import io.salespipeline.proposal.domain.Acceptance;
import io.salespipeline.proposal.domain.ApplicationSummary;
import io.salespipeline.proposal.domain.Customer;
import io.salespipeline.proposal.domain.CustomerApprovalStep;
import io.salespipeline.platform.stage.DealLoss;
import io.salespipeline.proposal.domain.Procurement;
import io.salespipeline.proposal.domain.Proposal;
import io.salespipeline.proposal.domain.ProposalFormat;
import io.salespipeline.proposal.domain.ProposalStatus;
import io.salespipeline.proposal.domain.PurchaseOrderReferences;
import io.salespipeline.proposal.domain.Rejection;
import io.salespipeline.proposal.domain.RfpDetails;
import io.salespipeline.proposal.domain.Withdrawal;
import java.time.Instant;
import java.time.LocalDate;
import io.salespipeline.proposal.domain.LinkEvidence;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal as the API shows it. */
@Schema(description = ProposalView.PRICING_RULE)
public record ProposalView(UUID id, UUID dealId, UUID prospectId, int version, ProposalStatus status,
        ProposalFormat format, Customer customer, Procurement procurement, List<ApplicationSummary> applications,
        String currency, LocalDate validUntil, List<ProposalLineView> lines, ProposalLineView.Totals totals,
        String createdBy, Instant createdAt, Instant updatedAt, String sentBy, Instant sentAt, String acceptedBy,
        Instant acceptedAt, String acceptanceRecordedBy, String rejectionReason, String rejectedBy,
        Instant rejectedAt, Instant expiredAt, String quoteNumber, String summary, String terms, RfpDetails rfp,
        PurchaseOrderReferences purchaseOrder, UUID revisedFromId, UUID supersededById, Instant supersededAt, String withdrawalReason, Instant withdrawnAt,
        DealLoss dealLoss, String owner, List<String> sharedWith, ApprovalView approval,
        List<CustomerApprovalStep> customerApprovals, List<String> missingApprovalSteps,
        @Schema(description = "How the customer's acceptance came: through which customer link, from which IP address "
                + "and user agent (null before an acceptance, and for one recorded before customer links).")
        LinkEvidence acceptanceEvidence,
        @Schema(description = "How the customer's rejection came (as acceptanceEvidence).") LinkEvidence rejectionEvidence) {

    static final String PRICING_RULE = "A proposal in one currency; amounts are computed by the server. Per line: "
            + "net = quantity x unitPrice x (1 - discountPercent/100), rounded HALF_EVEN (banker's rounding) to the "
            + "currency's minor unit; tax = net x taxRatePercent/100, rounded the same way; total = net + tax. "
            + "The unit price is the catalogue price when the line was added (or the negotiated unitPrice given "
            + "with the line) and never changes afterwards. "
            + "totals.net, totals.tax and totals.total are the sums of the rounded line amounts (a sum is never "
            + "rounded again). The minor unit is ISO 4217's (2 decimals for EUR, 0 for JPY, 3 for KWD). "
            + "All amounts are decimal strings.";

    public static ProposalView of(Proposal proposal) {
        String currency = proposal.currency();
        Acceptance accepted = proposal.acceptance();
        Rejection rejected = proposal.rejection();
        Withdrawal withdrawn = proposal.withdrawal();
        return new ProposalView(proposal.id(), proposal.dealId(), proposal.prospectId(), proposal.version(),
                proposal.status(), proposal.format(), proposal.customer(), proposal.procurement(),
                proposal.applications(), currency, proposal.validUntil(),
                proposal.lines().stream().map(line -> ProposalLineView.of(line, currency)).toList(),
                ProposalLineView.Totals.of(proposal.totals()), proposal.createdBy(), proposal.createdAt(),
                proposal.updatedAt(), proposal.sentBy(), proposal.sentAt(),
                accepted == null ? null : accepted.acceptedBy(), accepted == null ? null : accepted.acceptedAt(),
                accepted == null ? null : accepted.acceptanceRecordedBy(), rejected == null ? null : rejected.reason(),
                rejected == null ? null : rejected.rejectedBy(), rejected == null ? null : rejected.rejectedAt(),
                proposal.expiredAt(), proposal.quoteNumber(), proposal.summary(), proposal.terms(), proposal.rfp(),
                proposal.purchaseOrder(), proposal.revisedFromId(), proposal.supersededById(),
                proposal.supersededAt(), withdrawn == null ? null : withdrawn.reason(),
                withdrawn == null ? null : withdrawn.withdrawnAt(), proposal.dealLoss(), proposal.owner(),
                List.copyOf(proposal.sharedWith()), ApprovalView.of(proposal.approval()),
                proposal.customerApprovals(), proposal.missingApprovalSteps(),
                accepted == null ? null : accepted.evidence(), rejected == null ? null : rejected.evidence());
    }
}
