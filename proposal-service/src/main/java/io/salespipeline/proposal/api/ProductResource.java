package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.application.Catalogue;
import io.salespipeline.proposal.domain.Product;
import jakarta.inject.Inject;
import io.salespipeline.proposal.api.ProposalRequests.ProductChange;
import io.salespipeline.proposal.api.ProposalRequests.ProductInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/products")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Products")
public class ProductResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(summary = "List the product catalogue, optionally only active (or only retired) products (keyset paginated)")
    public Page<ProductView> list(@QueryParam("active") String active, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(catalogue.list(flag(active), page), page, Product::id, ProductView::of);
    }

    @GET
    @Path("{sku}")
    @Operation(summary = "One product, by SKU")
    public ProductView get(@PathParam("sku") String sku) {
        return ProductView.of(catalogue.get(sku));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Add a product to the catalogue (unique SKU); answers 201 with the product")
    public Response add(@NotNull @Valid ProductInput body, @Context UriInfo uri) {
        Product product = catalogue.add(body.sku(), body.name(), body.description(), body.unit(), body.unitPrice(),
                body.active());
        return Response.created(uri.getAbsolutePathBuilder().path(product.sku()).build())
                .entity(ProductView.of(product)).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{sku}")
    @Operation(summary = "Change a product's name, description, unit or price",
            description = "Applies to lines added from now on: every proposal line keeps the price it copied, so no "
                    + "proposal (least of all a sent one) changes.")
    public ProductView change(@PathParam("sku") String sku, @NotNull @Valid ProductChange body) {
        return ProductView.of(catalogue.change(sku, body.name(), body.description(), body.unit(), body.unitPrice()));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{sku}/retirement")
    @Operation(summary = "Retire a product: it stays in the catalogue but can no longer be put on a proposal")
    public ProductView retire(@PathParam("sku") String sku) {
        return ProductView.of(catalogue.setActive(sku, false));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{sku}/reactivation")
    @Operation(summary = "Offer a retired product again")
    public ProductView reactivate(@PathParam("sku") String sku) {
        return ProductView.of(catalogue.setActive(sku, true));
    }

    /** Taken as text so that ?active=maybe is a 400 naming the parameter, not a 404. */
    private static Boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("active", "must be true or false");
        };
    }
}
