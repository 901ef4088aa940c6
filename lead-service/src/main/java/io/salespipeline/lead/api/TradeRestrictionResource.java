package io.salespipeline.lead.api;

import io.salespipeline.lead.application.restrictions.TradeRestrictionLists;
import io.salespipeline.lead.domain.TradeRestrictionList;
import io.salespipeline.platform.restriction.TradeRestrictions;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The trade restriction lists: admins keep them (changes are in the audit trail, recordId trade-restrictions). */
@Path("/api/trade-restrictions")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Trade restrictions", description = "The restricted-country and denied-party lists checked when a lead qualifies and again before a contract is sent, and the deals they blocked.")
public class TradeRestrictionResource {

    @Inject
    TradeRestrictionLists lists;

    /** restrictedCountries: ISO 3166 alpha-2 codes; deniedParties: each a company name and/or an e-mail domain. */
    @Schema(description = "The trade restriction lists, replaced as a whole.")
    public record TradeRestrictionsInput(
            @Schema(required = true, description = "Countries no deal may be made with, ISO 3166-1 alpha-2; at most 300; "
                    + "empty: none.", examples = "[\"IR\"]") @NotNull @Size(max = 300) List<String> restrictedCountries,
            @Schema(required = true, description = "Parties no deal may be made with; at most 10000; empty: none.")
            @NotNull @Size(max = 10000) List<@NotNull @Valid DeniedPartyInput> deniedParties) {
    }

    @Schema(description = "A denied party: its company name and/or its e-mail domain; at least one.")
    public record DeniedPartyInput(
            @Schema(description = "The company name, matched case-insensitively to a lead's company.", maxLength = 300,
                    examples = "Acme Trading LLC") @Size(max = 300) String name,
            @Schema(description = "The e-mail domain (a leading @ is dropped), matched to a lead's e-mail address.",
                    maxLength = 253, examples = "acme-trading.example") @Size(max = 253) String domain) {
    }

    /** revision: grows with every change. */
    @Schema(description = "The trade restriction lists in force.")
    public record TradeRestrictionsView(
            @Schema(required = true, description = "Grows with every change (0: never changed).", examples = "7")
            long revision,
            @Schema(required = true, description = "Restricted countries, ISO 3166-1 alpha-2.", examples = "[\"IR\"]")
            List<String> restrictedCountries,
            @Schema(required = true, description = "Denied parties.") List<TradeRestrictions.DeniedParty> deniedParties,
            @Schema(nullable = true, description = "The admin who last changed them (token subject); null if never.",
                    examples = "ada.admin") String updatedBy,
            @Schema(nullable = true, description = "When they last changed (UTC); null if never.",
                    examples = "2026-02-20T10:00:00Z") Instant updatedAt) {
        static TradeRestrictionsView of(TradeRestrictionList list) {
            return new TradeRestrictionsView(list.revision(), list.restrictedCountries(), list.deniedParties(),
                    list.updatedBy(), list.updatedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(operationId = "getTradeRestrictions", summary = "Get the trade restriction lists",
            description = "The restricted countries and denied parties in force (empty out of the box: nothing is blocked)")
    public TradeRestrictionsView get() {
        return TradeRestrictionsView.of(lists.current());
    }

    @PUT
    @Operation(operationId = "replaceTradeRestrictions", summary = "Replace the trade restriction lists",
            description = "Admin; replaces both lists, applies to every qualification from now on and, once "
            + "contract-service has the change (TradeRestrictionsChanged), to every contract sent. A denied party "
            + "matches a lead's company by name (ignoring case) or its e-mail address by domain (and subdomains).")
    public TradeRestrictionsView replace(@NotNull @Valid TradeRestrictionsInput body) {
        return TradeRestrictionsView.of(lists.replace(TradeRestrictions.of(body.restrictedCountries(),
                body.deniedParties().stream().map(p -> new TradeRestrictions.DeniedParty(p.name(), p.domain()))
                        .toList())));
    }
}
