package io.salespipeline.contract.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.contract.application.TermsTemplates;
import io.salespipeline.contract.domain.Terms;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/terms-templates")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Terms templates", description = "Versioned standard terms (payment, delivery, warranty, liability, "
        + "duration, renewal, governing law). A new contract takes the newest version; versions are added, never edited.")
public class TermsTemplateResource {

    @Inject
    TermsTemplates templates;

    @GET
    @Operation(operationId = "listTermsTemplates", summary = "List the terms template versions",
            description = "All versions, newest first (a handful: one page, nextCursor always null)")
    public Page<TermsTemplateView> list() {
        return new Page<>(templates.all().stream().map(TermsTemplateView::of).toList(), null);
    }

    @GET
    @Path("current")
    @Operation(operationId = "getCurrentTermsTemplate", summary = "Get the current terms template",
            description = "The version new contracts take")
    public TermsTemplateView current() {
        return TermsTemplateView.of(templates.current());
    }

    @GET
    @Path("{version: \\d+}")
    @Operation(operationId = "getTermsTemplate", summary = "Get one terms template version",
            description = "One version")
    public TermsTemplateView get(@Parameter(description = "The version number (1, 2, ...).", example = "3") @PathParam("version") int version) {
        return TermsTemplateView.of(templates.get(version));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addTermsTemplate", summary = "Add a terms template version",
            description = "Add the next version (all seven terms required); contracts drafted from now on take it, "
            + "existing contracts keep theirs")
    @APIResponse(responseCode = "201", description = "The new version; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TermsTemplateView.class)))
    public Response add(@NotNull @Valid Terms body, @Context UriInfo uri) {
        TermsTemplateView added = TermsTemplateView.of(templates.add(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(added.version())).build())
                .entity(added).build();
    }
}
