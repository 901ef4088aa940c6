package io.salespipeline.lead.api;

import io.salespipeline.lead.application.routing.RoutingRules;
import io.salespipeline.lead.domain.RoutingRule;
import io.salespipeline.lead.domain.RoutingWay;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin: the lead routing rules, tried in position order; sales managers may read them. */
@Path("/api/lead-routing-rules")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Lead routing", description = "Routing rules that hand new leads to sellers in turn, sellers' availability, and the fallback queue of leads no rule could place.")
public class RoutingRuleResource {

    @Inject
    RoutingRules rules;

    @Schema(description = "A routing rule: which new leads go to which team of sellers.")
    public record RoutingRuleInput(
            @Schema(description = "Where it stands in the order of rules (0 to 1000000; the first that matches fires); "
                    + "absent: last.", minimum = "0", maximum = "1000000", examples = "10") Integer position,
            @Schema(required = true, description = "The rule's name, for people.", maxLength = 200, examples = "DACH web forms")
            String name,
            @Schema(nullable = true, description = "Which way in the rule takes; null: any way.") RoutingWay way,
            @Schema(nullable = true, description = "Which form (way WEB_FORM: its formId) or API key (way API_KEY: its id); "
                    + "null: any.", maxLength = 200, examples = "contact-us") String wayRef,
            @Schema(description = "The territory as ISO 3166-1 alpha-2 codes; empty or absent: any country (or "
                    + "the region).", examples = "[\"DE\"]") List<String> countries,
            @Schema(nullable = true, description = "The territory as a configured region (instead of countries); null: "
                    + "none.", maxLength = 100, examples = "DACH") String region,
            @Schema(required = true, description = "The team of sellers who get the leads.", maxLength = 200,
                    examples = "Central Europe") String team,
            @Schema(required = true, description = "The team's sellers (token subjects), 1 to 100, given leads in turn.",
                    examples = "[\"sam.seller\"]") List<String> sellers,
            @Schema(nullable = true, description = "A seller with this many open leads is skipped (1 to 100000); null: "
                    + "no limit.", examples = "50") Integer maxOpenLeads) {

        RoutingRule.Settings settings() {
            return new RoutingRule.Settings(position, name, way, wayRef, countries, region, team, sellers, maxOpenLeads);
        }
    }

    @Schema(description = "A routing rule: which new leads go to which team of sellers.")
    public record RoutingRuleView(
            @Schema(required = true, description = "The rule's id.") UUID id,
            @Schema(required = true, description = "Its place in the order of rules; the first that matches fires.",
                    examples = "10") int position,
            @Schema(required = true, description = "The rule's name, for people.", maxLength = 200, examples = "DACH web forms")
            String name,
            @Schema(nullable = true, description = "Which way in the rule takes; null: any way.") RoutingWay way,
            @Schema(nullable = true, description = "Which form (way WEB_FORM: its formId) or API key (way API_KEY: its id); "
                    + "null: any.", maxLength = 200, examples = "contact-us") String wayRef,
            @Schema(required = true, description = "The territory as ISO 3166-1 alpha-2 codes; empty or absent: any country (or "
                    + "the region).", examples = "[\"DE\"]") List<String> countries,
            @Schema(nullable = true, description = "The territory as a configured region (instead of countries); null: "
                    + "none.", maxLength = 100, examples = "DACH") String region,
            @Schema(required = true, description = "The team of sellers who get the leads.", maxLength = 200,
                    examples = "Central Europe") String team,
            @Schema(required = true, description = "The team's sellers (token subjects), 1 to 100, given leads in turn.",
                    examples = "[\"sam.seller\"]") List<String> sellers,
            @Schema(nullable = true, description = "A seller with this many open leads is skipped (1 to 100000); null: "
                    + "no limit.", examples = "50") Integer maxOpenLeads,
            @Schema(required = true, description = "Who created it (token subject).", examples = "maria.manager")
            String createdBy,
            @Schema(required = true, description = "When it was created (UTC).", examples = "2026-02-01T09:00:00Z")
            Instant createdAt,
            @Schema(required = true, description = "When it was last changed (UTC).", examples = "2026-02-15T12:30:00Z")
            Instant updatedAt) {

        static RoutingRuleView of(RoutingRule rule) {
            return new RoutingRuleView(rule.id(), rule.position(), rule.name(), rule.way(), rule.wayRef(),
                    rule.countries(), rule.region(), rule.team(), rule.sellers(), rule.maxOpenLeads(), rule.createdBy(),
                    rule.createdAt(), rule.updatedAt());
        }
    }

    @POST
    @Operation(operationId = "createRoutingRule", summary = "Add a routing rule", description = "Add a routing rule: which new leads (way in: WEB_FORM, API_KEY, IMPORT, optionally one form "
            + "(wayRef = formId) or key (wayRef = key id); countries or a configured region) go to which team of sellers, "
            + "in turn, each up to maxOpenLeads open leads; without a position it goes last")
    @APIResponse(responseCode = "201", description = "The rule, stored. Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoutingRuleView.class)))
    public Response define(@NotNull RoutingRuleInput body, @Context UriInfo uri) {
        RoutingRule rule = rules.define(body.settings());
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id().toString()).build())
                .entity(RoutingRuleView.of(rule)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(operationId = "listRoutingRules", summary = "List routing rules",
            description = "The routing rules in the order they are tried (the first that matches fires)")
    public Map<String, List<RoutingRuleView>> list() {
        return Map.of("items", rules.list().stream().map(RoutingRuleView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(operationId = "getRoutingRule", summary = "Get a routing rule", description = "One routing rule")
    public RoutingRuleView get(@PathParam("id") UUID id) {
        return RoutingRuleView.of(rules.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "configureRoutingRule", summary = "Replace a routing rule",
            description = "Replace a routing rule's configuration (without a position it keeps its place)")
    public RoutingRuleView configure(@PathParam("id") UUID id, @NotNull RoutingRuleInput body) {
        return RoutingRuleView.of(rules.configure(id, body.settings()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteRoutingRule", summary = "Remove a routing rule",
            description = "Remove a routing rule; leads it routed keep its name")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        rules.delete(id);
        return Response.noContent().build();
    }
}
