package io.salespipeline.contract.api;

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
    @Operation(summary = "All versions, newest first (a handful: one page, nextCursor always null)")
    public Page<TermsTemplateView> list() {
        return new Page<>(templates.all().stream().map(TermsTemplateView::of).toList(), null);
    }

    @GET
    @Path("current")
    @Operation(summary = "The version new contracts take")
    public TermsTemplateView current() {
        return TermsTemplateView.of(templates.current());
    }

    @GET
    @Path("{version: \\d+}")
    @Operation(summary = "One version")
    public TermsTemplateView get(@PathParam("version") int version) {
        return TermsTemplateView.of(templates.get(version));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add the next version (all seven terms required); contracts drafted from now on take it, "
            + "existing contracts keep theirs")
    public Response add(@NotNull @Valid Terms body, @Context UriInfo uri) {
        TermsTemplateView added = TermsTemplateView.of(templates.add(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(added.version())).build())
                .entity(added).build();
    }
}
