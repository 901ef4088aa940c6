package io.salespipeline.proposal.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import io.salespipeline.proposal.api.ProposalRequests.PriceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
@Tag(name = "Products", description = "The product catalogue proposals are priced from: SKU, name, unit and price; a price book entry per further currency; retired products stay but cannot be offered.")
public class ProductResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Operation(operationId = "listProducts", summary = "List products",
            description = "List the product catalogue, optionally only active (or only retired) products (keyset paginated)")
    public Page<ProductView> list(@Parameter(description = "true: only active products; false: only retired ones; absent: all.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(catalogue.list(flag(active), page), page, Product::id, ProductView::of);
    }

    @GET
    @Path("{sku}")
    @Operation(operationId = "getProduct", summary = "Get a product",
            description = "One product, by SKU")
    public ProductView get(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku) {
        return ProductView.of(catalogue.get(sku));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(operationId = "addProduct", summary = "Add a product",
            description = "Add a product to the catalogue (unique SKU); answers 201 with the product")
    @APIResponse(responseCode = "201", description = "The product, added; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    public Response add(@NotNull @Valid ProductInput body, @Context UriInfo uri) {
        Product product = catalogue.add(body.sku(), body.name(), body.description(), body.unit(), body.unitPrice(),
                body.active());
        return Response.created(uri.getAbsolutePathBuilder().path(product.sku()).build())
                .entity(ProductView.of(product)).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{sku}")
    @Operation(operationId = "changeProduct", summary = "Change a product",
            description = "Change a product's name, description, unit or price"
            + ". " + "Applies to lines added from now on: every proposal line keeps the price it copied, so no "
                    + "proposal (least of all a sent one) changes.")
    public ProductView change(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku, @NotNull @Valid ProductChange body) {
        return ProductView.of(catalogue.change(sku, body.name(), body.description(), body.unit(), body.unitPrice()));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{sku}/prices/{currency}")
    @Operation(operationId = "setProductPrice", summary = "Set a product's price in a currency",
            description = "Admin: the product's price in this currency's price book (in its own currency: its own "
                    + "price). Lines added from now on in that currency copy it; a proposal quotes a product only in a "
                    + "currency it has a price in (amounts are never converted). Audited: the product's audit trail "
                    + "(recordId = the product's id) lists its price changes.")
    public ProductView setPrice(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku,
            @Parameter(description = "The ISO 4217 currency code.", example = "USD") @PathParam("currency") String currency,
            @NotNull @Valid PriceInput body) {
        return ProductView.of(catalogue.setPrice(sku, currency, body.amount()));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{sku}/prices/{currency}")
    @Operation(operationId = "removeProductPrice", summary = "Take a product out of a currency's price book",
            description = "Admin: the product can no longer be quoted in this currency (lines already on proposals "
                    + "keep their price). Its own price cannot be removed (400): change it instead. Audited.")
    public ProductView removePrice(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku,
            @Parameter(description = "The ISO 4217 currency code.", example = "USD") @PathParam("currency") String currency) {
        return ProductView.of(catalogue.removePrice(sku, currency));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{sku}/retirement")
    @Operation(operationId = "retireProduct", summary = "Retire a product",
            description = "Retire a product: it stays in the catalogue but can no longer be put on a proposal")
    public ProductView retire(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku) {
        return ProductView.of(catalogue.setActive(sku, false));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{sku}/reactivation")
    @Operation(operationId = "reactivateProduct", summary = "Reactivate a product",
            description = "Offer a retired product again")
    public ProductView reactivate(@Parameter(description = "The product's SKU (stock-keeping unit).", example = "CRM-SEAT") @PathParam("sku") String sku) {
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
