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
import io.salespipeline.platform.customerlink.LinkEvidence;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal as the API shows it. */
@Schema(description = ProposalView.PRICING_RULE)
public record ProposalView(
        @Schema(required = true, description = "This version's id.", examples = "0193a3c6-7d8e-7f90-a1b2-c3d4e5f6a7b8")
        UUID id,
        @Schema(required = true, description = "The deal (the id every stage shares; every version has the same).",
                examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
        @Schema(required = true, description = "The prospect it was drafted for (prospect-service's id).",
                examples = "0193a3c5-1e2f-7a3b-8c4d-5e6f7a8b9c0d") UUID prospectId,
        @Schema(required = true, description = "The version: 1 for the first draft, n+1 for each revision.",
                minimum = "1", examples = "2") int version,
        @Schema(required = true, description = "Where this version stands; only a DRAFT changes.", examples = "SENT")
        ProposalStatus status,
        @Schema(required = true, description = "The document's format, which the customer's procurement procedure "
                + "decides.", examples = "PURCHASE_ORDER_QUOTE") ProposalFormat format,
        @Schema(required = true, description = "Whom the proposal is addressed to, as known when it was drafted.")
        Customer customer,
        @Schema(required = true, description = "How the customer buys, from the prospect's hand-over.")
        Procurement procurement,
        @Schema(required = true, description = "The applications of the products to the customer's business and "
                + "their savings, copied from the prospect (the formal proposal's \"applications and savings\" "
                + "section); may be empty.") List<ApplicationSummary> applications,
        @Schema(required = true, description = "The proposal's one currency (ISO 4217); every amount is in it.",
                examples = "EUR") String currency,
        @Schema(required = true, description = "The last day (UTC) the offer stands; a SENT proposal not accepted by "
                + "then becomes EXPIRED (checked hourly, and on an acceptance).", examples = "2026-04-30") LocalDate validUntil,
        @Schema(required = true, description = "The priced lines, by line number (numbers are never reused).")
        List<ProposalLineView> lines,
        @Schema(required = true, description = "The sums of the lines' rounded amounts (zero without lines).")
        ProposalLineView.Totals totals,
        @Schema(required = true, description = "Who created this version: \"system\" for the draft made from the "
                + "prospect's hand-over, else the person who revised, as \"subject (role)\".",
                examples = "sam.seller (seller)") String createdBy,
        @Schema(required = true, description = "When this version was created (UTC).", examples = "2026-03-01T08:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When it last changed (UTC).", examples = "2026-03-01T09:12:00Z")
        Instant updatedAt,
        @Schema(nullable = true, description = "Who sent it to the customer, as \"subject (role)\"; null while DRAFT.",
                examples = "sam.seller (seller)") String sentBy,
        @Schema(nullable = true, description = "When it was sent (UTC); null while DRAFT.", examples = "2026-03-01T10:00:00Z")
        Instant sentAt,
        @Schema(nullable = true, description = "The customer's person who accepted ([erased] once forgotten); null "
                + "unless ACCEPTED.", examples = "Maria Schmidt") String acceptedBy,
        @Schema(nullable = true, description = "When the acceptance was recorded (UTC); null unless ACCEPTED.",
                examples = "2026-03-02T09:00:00Z") Instant acceptedAt,
        @Schema(nullable = true, description = "How the acceptance was recorded: \"customer-link:<link id>\" when the "
                + "customer accepted on their link's page, \"subject (role)\" for one recorded by a user before "
                + "customer links; null unless ACCEPTED.", examples = "customer-link:0193a3c8-4b5c-7d6e-8f70-8192a3b4c5d6")
        String acceptanceRecordedBy,
        @Schema(nullable = true, description = "Why the customer said no; null unless REJECTED.",
                examples = "Budget frozen until next fiscal year.") String rejectionReason,
        @Schema(nullable = true, description = "The user who recorded the rejection; null unless REJECTED.",
                examples = "sam.seller (seller)") String rejectedBy,
        @Schema(nullable = true, description = "When the rejection was recorded (UTC); null unless REJECTED.",
                examples = "2026-03-02T09:00:00Z") Instant rejectedAt,
        @Schema(nullable = true, description = "When it was found past validUntil and marked EXPIRED (UTC); null "
                + "unless EXPIRED.", examples = "2026-05-01T00:05:00Z") Instant expiredAt,
        @Schema(required = true, description = "The number printed on the document: Q-, the deal id's first 8 "
                + "characters, -version.", examples = "Q-0193A3C4-2") String quoteNumber,
        @Schema(nullable = true, description = "The document's summary text (the formal proposal's summary "
                + "section); null until set.", examples = "A CRM for 25 sellers that cuts quote preparation by half.")
        String summary,
        @Schema(nullable = true, description = "The document's terms text: the seller's standard terms when drafted; "
                + "null when there are none.", examples = "Prices exclude travel; payment 30 days net.") String terms,
        @Schema(nullable = true, description = "The RFP's references; null unless the format is FORMAL_PROPOSAL.")
        RfpDetails rfp,
        @Schema(nullable = true, description = "The buyer's purchase-order references; null until set, and always "
                + "null unless the format is PURCHASE_ORDER_QUOTE.") PurchaseOrderReferences purchaseOrder,
        @Schema(nullable = true, description = "The version this one revises; null for version 1.",
                examples = "0193a3c6-0000-7f90-a1b2-c3d4e5f6a7b8") UUID revisedFromId,
        @Schema(nullable = true, description = "The version that replaced this one; null while it is the latest.",
                examples = "0193a3c7-2a3b-7c4d-8e5f-6a7b8c9d0e1f") UUID supersededById,
        @Schema(nullable = true, description = "When the next version replaced this one (UTC); null while it is the "
                + "latest.", examples = "2026-03-03T11:00:00Z") Instant supersededAt,
        @Schema(nullable = true, description = "Why the proposal was withdrawn (the deal was lost at another stage); "
                + "null unless WITHDRAWN.", examples = "Prospect chose a competitor.") String withdrawalReason,
        @Schema(nullable = true, description = "When the deal was lost, withdrawing the proposal (UTC); null unless "
                + "WITHDRAWN.", examples = "2026-03-04T16:00:00Z") Instant withdrawnAt,
        @Schema(nullable = true, description = "The loss of the deal at a later stage (an accepted proposal stays "
                + "ACCEPTED); null unless the deal was lost after acceptance.") DealLoss dealLoss,
        @Schema(nullable = true, description = "The seller who works the deal's proposal (a token subject); null: "
                + "unassigned, visible to sales managers only.", examples = "sam.seller") String owner,
        @Schema(required = true, description = "The other sellers it is shared with, in name order; empty: nobody.",
                examples = "[\"lea.seller\"]") List<String> sharedWith,
        @Schema(nullable = true, description = "The approval of discounts beyond the discount policy; null until one "
                + "is requested.") ApprovalView approval,
        @Schema(required = true, description = "The RFP's approval steps recorded as passed at the customer, in the "
                + "order recorded; empty without an RFP.") List<CustomerApprovalStep> customerApprovals,
        @Schema(required = true, description = "The RFP's approval steps still to record before the customer's "
                + "acceptance can be recorded; empty without an RFP.", examples = "[\"Legal review\"]")
        List<String> missingApprovalSteps,
        @Schema(nullable = true, description = "How the customer's acceptance came: through which customer link, from "
                + "which IP address and user agent; null before an acceptance, and for one recorded before customer "
                + "links.") LinkEvidence acceptanceEvidence,
        @Schema(nullable = true, description = "How the customer's rejection came (as acceptanceEvidence); null unless "
                + "REJECTED through a link.") LinkEvidence rejectionEvidence,
        @Schema(nullable = true, readOnly = true, description = "The company account the deal is for (lead-service's "
                + "account id), as the prospect's hand-over named it; every version keeps it; null when not known.",
                examples = "0193a3c2-9a8b-7c6d-8e5f-4a3b2c1d0e9f") UUID accountId) {

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
                accepted == null ? null : accepted.evidence(), rejected == null ? null : rejected.evidence(),
                proposal.accountId());
    }
}
