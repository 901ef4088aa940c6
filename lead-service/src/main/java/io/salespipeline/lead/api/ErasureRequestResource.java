package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.lead.application.erasure.Erasures;
import io.salespipeline.lead.domain.ErasureRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/erasure-requests")
// Erasure is a privacy officer's act: sales managers and admins, never a single seller.
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Erasure requests", description = "Erasing a person everywhere (GDPR art. 17) and the do-not-contact register.")
public class ErasureRequestResource {

    /** Exactly one of the two: the person's e-mail address, or one of their leads. */
    @Schema(description = "Whom to erase: exactly one of email and leadId.")
    public record NewErasureRequest(
            @Schema(description = "The person's e-mail address (also put on the do-not-contact register).",
                    format = "email", examples = "ada@analytical-engines.example") String email,
            @Schema(description = "One of the person's leads.") UUID leadId) {
    }

    @Inject
    Erasures erasures;

    @POST
    @Operation(operationId = "requestErasure", summary = "Request a person's erasure",
            description = "Erase a person (by e-mail or lead id) everywhere and put the address on the "
            + "do-not-contact register; answers 202, the other services confirm asynchronously")
    @APIResponse(responseCode = "202", description = "The request, accepted; the other services confirm asynchronously. Location is its URL.",
            headers = @Header(name = "Location", description = "The request's URL.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErasureRequestView.class)))
    public Response request(@NotNull NewErasureRequest body, @Context UriInfo uri) {
        ErasureRequest request = erasures.request(body.email(), body.leadId());
        return Response.accepted(ErasureRequestView.of(request))
                .location(uri.getAbsolutePathBuilder().path(request.id().toString()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getErasureRequest", summary = "Get an erasure request",
            description = "An erasure request: each service's confirmation, PENDING until all five confirmed")
    public ErasureRequestView get(@PathParam("id") UUID id) {
        return ErasureRequestView.of(erasures.get(id));
    }
}
