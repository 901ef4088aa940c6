package io.salespipeline.lead.api;

import io.salespipeline.lead.application.routing.SellerAvailabilities;
import io.salespipeline.lead.domain.SellerAvailability;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller away or back for lead routing: the seller themselves or a sales manager. */
@Path("/api/sellers/{subject}/availability")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Lead routing", description = "Routing rules that hand new leads to sellers in turn, sellers' availability, and the fallback queue of leads no rule could place.")
public class SellerAvailabilityResource {

    @Inject
    SellerAvailabilities availabilities;

    @Schema(description = "A seller's availability for routing.")
    public record AvailabilityInput(@Schema(required = true, description = "true: away (routing skips the seller); "
            + "false: back.") @NotNull Boolean away) {
    }

    /** changedAt and changedBy are null for a seller never marked (active). */
    @Schema(description = "A seller's availability for routing.")
    public record AvailabilityView(
            @Schema(required = true, description = "The seller (token subject).", examples = "sam.seller") String seller,
            @Schema(required = true, description = "Whether routing skips the seller (away).") boolean away,
            @Schema(nullable = true, description = "Who last marked it (token subject); null for a seller never marked.",
                    examples = "maria.manager") String changedBy,
            @Schema(nullable = true, description = "When (UTC); null for a seller never marked.",
                    examples = "2026-03-01T08:00:00Z") Instant changedAt) {

        static AvailabilityView of(SellerAvailability availability) {
            return new AvailabilityView(availability.subject(), availability.away(), availability.changedBy(),
                    availability.changedAt());
        }
    }

    @GET
    @Operation(operationId = "getSellerAvailability", summary = "Get a seller's availability",
            description = "Whether the seller takes routed leads now")
    public AvailabilityView get(@Parameter(description = "The seller's subject (their user name in the token)", example = "sam.seller") @PathParam("subject") String subject) {
        return AvailabilityView.of(availabilities.get(subject));
    }

    @PUT
    @Operation(operationId = "markSellerAvailability", summary = "Mark a seller away or back",
            description = "Mark the seller away (routing skips them) or back; a seller marks only themselves")
    public AvailabilityView mark(@Parameter(description = "The seller's subject (their user name in the token)", example = "sam.seller") @PathParam("subject") String subject, @NotNull @jakarta.validation.Valid AvailabilityInput body) {
        return AvailabilityView.of(availabilities.mark(subject, body.away()));
    }
}
