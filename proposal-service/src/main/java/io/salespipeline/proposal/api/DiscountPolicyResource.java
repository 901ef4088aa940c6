package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.proposal.api.ApprovalRequests.DiscountPolicyInput;
import io.salespipeline.proposal.application.DiscountPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The discount policy: admins set it, sales reads it. Changes are in the audit trail (recordId discount-policy). */
@Path("/api/discount-policy")
@RolesAllowed({Roles.ADMIN, Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Discount policy", description = "The limits beyond which a proposal's discounts need a sales manager's approval before it is sent.")
public class DiscountPolicyResource {

    @Inject
    DiscountPolicies policies;

    @GET
    @Operation(operationId = "getDiscountPolicy", summary = "Get the discount policy",
            description = "The discount policy: beyond these limits a proposal needs a sales manager's approval "
            + "before it is sent")
    public DiscountPolicyView get() {
        return DiscountPolicyView.of(policies.current());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeDiscountPolicy", summary = "Replace the discount policy",
            description = "Admin; applies to every sending from now on. maxLineDiscountPercent: the highest discount a seller may give on a line alone (0..100; 100: "
                    + "any). maxTotalDiscount: the most the discounts of a proposal may add up to (omit or null: not "
                    + "limited); a proposal in another currency than this limit's needs approval for any discount "
                    + "(amounts are never converted).")
    public DiscountPolicyView change(@NotNull @Valid DiscountPolicyInput body) {
        return DiscountPolicyView.of(policies.change(body.maxLineDiscountPercent(), body.maxTotalDiscount()));
    }
}
