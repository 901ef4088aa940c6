package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.proposal.application.Catalogue;
import io.salespipeline.proposal.domain.Product;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
