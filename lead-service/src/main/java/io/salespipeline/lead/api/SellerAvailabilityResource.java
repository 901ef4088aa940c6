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

/** A seller away or back for lead routing: the seller themselves or a sales manager. */
@Path("/api/sellers/{subject}/availability")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Lead routing", description = "Routing rules that hand new leads to sellers in turn, sellers' availability, and the fallback queue of leads no rule could place.")
public class SellerAvailabilityResource {

    @Inject
    SellerAvailabilities availabilities;

    public record AvailabilityInput(@NotNull Boolean away) {
    }

    /** changedAt and changedBy are null for a seller never marked (active). */
    public record AvailabilityView(String seller, boolean away, String changedBy, Instant changedAt) {

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
