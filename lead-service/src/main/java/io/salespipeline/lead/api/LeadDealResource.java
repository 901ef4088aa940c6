package io.salespipeline.lead.api;

import io.salespipeline.lead.api.LeadRequests.InterestInput;
import io.salespipeline.lead.api.LeadRequests.ReopeningInput;
import io.salespipeline.lead.application.LeadUseCases;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A lead's deals: its history, a new deal of a won or lost lead, a lost deal re-opened. */
@Path("/api/leads/{id}")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Leads")
public class LeadDealResource {

    @Inject
    LeadUseCases leads;

    @GET
    @Path("deals")
    @Operation(operationId = "listLeadDeals", summary = "List the lead's deals",
            description = "Every deal the lead started, oldest first (one page): its first, new deals of the won or "
            + "lost lead, re-opened lost deals")
    public Page<LeadDealView> deals(@PathParam("id") UUID id) {
        return new Page<>(leads.deals(id).stream().map(LeadDealView::of).toList(), null);
    }

    @POST
    @Path("deals")
    @Operation(operationId = "startLeadDeal", summary = "Start a new deal with the lead's person",
            description = "Repeat business: a new deal (a new dealId, linked to the previous one) with the person of a "
            + "WON lead (a customer) or of a lead whose deal was lost, by its owner, a seller it is shared with or a "
            + "sales manager. The positive assessment stands; the body is the contact's fresh interest. The deal is "
            + "handed on as LeadQualified naming previousDealId, so the prospect stage copies the previous deal's "
            + "profile forward; the order it ends in attaches to the account's existing customer. A lead whose deal "
            + "is still open, or that never qualified, answers 409; a restricted country or denied party 422 "
            + "trade-restricted")
    @APIResponse(responseCode = "200", description = "The lead, working on its new deal.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public LeadView startNewDeal(@PathParam("id") UUID id, @NotNull @Valid InterestInput body) {
        return LeadView.of(leads.startNewDeal(id, body.channel(), body.expressedAt(), body.topics()));
    }

    @POST
    @Path("deal-reopening")
    @RolesAllowed(Roles.SALES_MANAGER)
    @Operation(operationId = "reopenLostDeal", summary = "Re-open the lead's lost deal",
            description = "A sales manager re-opens the lead's lost deal, with a reason: a new deal (a new dealId, "
            + "linked to the lost one) on the same qualification, handed on as LeadQualified naming previousDealId. "
            + "A lead whose deal was not lost answers 409")
    @APIResponse(responseCode = "200", description = "The lead, working on the re-opened deal.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public LeadView reopenLostDeal(@PathParam("id") UUID id, @NotNull @Valid ReopeningInput body) {
        return LeadView.of(leads.reopenLostDeal(id, body.reason()));
    }
}
