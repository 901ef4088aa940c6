package io.salespipeline.fulfillment.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.fulfillment.api.OrderRequests.NewOrderInput;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.fulfillment.api.OrderRequests.StatusChangeInput;
import io.salespipeline.fulfillment.application.SurveyLinks;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.salespipeline.fulfillment.application.OrderUseCases;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.platform.web.DealListQuery;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Orders", description = "Customers' orders, from the first one of a closed deal on: lines, prices, and the status lifecycle with its history.")
public class OrderResource {

    @Inject
    OrderUseCases orders;

    @Inject
    SurveyLinks surveyLinks;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER, Roles.SELLER})
    @Operation(operationId = "listOrders", summary = "List orders",
            description = "List the orders the caller may read (a support person: their customers'; a seller: the "
            + "orders of the customers whose deals they closed; a sales manager: all), optionally of one deal, one "
            + "customer or in one status (keyset paginated)")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only orders in this status.", schema = @Schema(implementation = OrderStatus.class))
    public Page<OrderView> list(@BeanParam DealListQuery query, @QueryParam("customerId") String customerId) {
        return query.page(OrderStatus.class, (dealId, status, page) -> orders.list(dealId,
                QueryParams.uuid("customerId", customerId), status, page), Order::id, OrderView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER, Roles.SELLER})
    @Operation(operationId = "getOrder", summary = "Get an order",
            description = "One order, with its status history (404 for an order the caller may not read: another "
            + "support owner's customer's, or for a seller one of a deal they did not close)")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.read(id));
    }

    @POST
    @RolesAllowed(Roles.SUPPORT)
    @Operation(operationId = "placeOrder", summary = "Place a later order",
            description = "Place a later order of an existing customer: RECEIVED, lines priced by the line rule "
            + "(net = quantity x unit price x (1 - discount %), HALF_EVEN to the minor unit; tax likewise)"
            + ". " + "In the deal's currency, that of the customer's first order (another is a 400 naming currency: "
            + "amounts are never converted). Publishes fulfillment.order.status-changed with from = null (the receipt).")
    @APIResponse(responseCode = "201", description = "The order, RECEIVED; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    public Response place(@NotNull @Valid NewOrderInput body, @Context UriInfo uri) {
        Order order = orders.place(body.customerId(), body.poNumber(), body.requestedDeliveryDate(), body.currency(),
                body.lines());
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                .entity(OrderView.of(order)).build();
    }

    @POST
    @Path("{id}/survey-invitations")
    @Operation(operationId = "inviteOrderToSurvey", summary = "Invite the customer to an order survey",
            description = "Send the customer's contact a new survey link about this order, once it is DELIVERED or "
            + "COMPLETED (else 409) and until the customer has answered about it (then 409); the order's earlier live "
            + "link is revoked. A link is also sent by itself when the order is delivered. The link's URL goes to the "
            + "contact only (CustomerActionRequested on sales.fulfillment.customer-action-requested); the answer is "
            + "the link without it, so no staff member can answer in the customer's place. 409 too when the contact "
            + "has no e-mail address.")
    @APIResponse(responseCode = "201", description = "The link, without its token or URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerLinkView.class)))
    public Response inviteToSurvey(@PathParam("id") UUID id, @Context UriInfo uri) {
        return SurveyLinkResource.created(surveyLinks.inviteAboutOrder(id), orders.get(id).customerId(), uri);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.SUPPORT)
    @Operation(operationId = "changeOrderStatus", summary = "Change the order's status",
            description = "Change the order's status (RECEIVED -> IN_PROGRESS -> SHIPPED -> DELIVERED -> COMPLETED; "
            + "ON_HOLD from RECEIVED or IN_PROGRESS and back to where it was held from; CANCELLED from RECEIVED, "
            + "IN_PROGRESS or ON_HOLD); 409 names the current state when the change is not allowed"
            + ". " + "Publishes fulfillment.order.status-changed.")
    public OrderView changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusChangeInput body) {
        OrderStatus target = QueryParams.enumValue(OrderStatus.class, "status", body.status());
        return OrderView.of(orders.changeStatus(id, target, body.note()));
    }
}
