package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.ApprovalRequests.ApprovalGrantInput;
import io.salespipeline.proposal.api.ApprovalRequests.ApprovalRefusalInput;
import io.salespipeline.proposal.api.ApprovalRequests.ApprovalRequestInput;
import io.salespipeline.proposal.application.DiscountApprovals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A draft's discounts beyond the discount policy: asked for by the seller, decided by a sales manager. */
@Path("/api/proposals/{id}")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Proposals")
public class ProposalApprovalResource {

    @Inject
    DiscountApprovals approvals;

    @POST
    @Path("approval-request")
    @Operation(operationId = "requestDiscountApproval", summary = "Ask for approval of a proposal's discounts",
            description = "Ask a sales manager to approve this draft's discounts beyond the discount policy, with a "
                    + "note; publishes sales.proposal.approval-requested. Draft only; refused with 409 when the discounts are within the policy, or an approval is "
                    + "already awaiting a decision or granted. A refused or lapsed approval may be requested again.")
    public ProposalView request(@PathParam("id") UUID id, @NotNull @Valid ApprovalRequestInput body) {
        return ProposalView.of(approvals.request(id, body.note()));
    }

    @POST
    @Path("approval-grant")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "grantDiscountApproval", summary = "Approve a proposal's discounts",
            description = "Approve the requested discounts (sales manager; not the deal's owner, not who asked); "
                    + "publishes sales.proposal.approval-granted. The draft may then be sent as it is; a line added or removed afterwards makes the approval "
                    + "lapse (LAPSED), and it must be requested again.")
    public ProposalView grant(@PathParam("id") UUID id, @NotNull @Valid ApprovalGrantInput body) {
        return ProposalView.of(approvals.grant(id, body.comment()));
    }

    @POST
    @Path("approval-refusal")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "refuseDiscountApproval", summary = "Refuse a proposal's discounts",
            description = "Refuse the requested discounts with a reason (sales manager; not the deal's owner, not who "
            + "asked); publishes sales.proposal.approval-refused")
    public ProposalView refuse(@PathParam("id") UUID id, @NotNull @Valid ApprovalRefusalInput body) {
        return ProposalView.of(approvals.refuse(id, body.reason()));
    }
}
