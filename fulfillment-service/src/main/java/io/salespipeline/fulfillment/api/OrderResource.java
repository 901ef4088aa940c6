package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.api.OrderRequests.NewOrderInput;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.fulfillment.api.OrderRequests.StatusChangeInput;
import io.salespipeline.fulfillment.application.Surveys;
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
@Tag(name = "Orders")
public class OrderResource {

    @Inject
    OrderUseCases orders;

    @Inject
    Surveys surveys;

    @GET
    @Operation(summary = "List orders, optionally of one deal, one customer or in one status (keyset paginated)")
    public Page<OrderView> list(@BeanParam DealListQuery query, @QueryParam("customerId") String customerId) {
        return query.page(OrderStatus.class, (dealId, status, page) -> orders.list(dealId,
                QueryParams.uuid("customerId", customerId), status, page), Order::id, OrderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order, with its status history")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.get(id));
    }

    @POST
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Place a later order of an existing customer: RECEIVED, lines priced by the line rule "
            + "(net = quantity x unit price x (1 - discount %), HALF_EVEN to the minor unit; tax likewise)",
            description = "Publishes fulfillment.order.status-changed with from = null (the receipt).")
    public Response place(@NotNull @Valid NewOrderInput body, @Context UriInfo uri) {
        Order order = orders.place(body.customerId(), body.poNumber(), body.requestedDeliveryDate(), body.currency(),
                body.lines());
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                .entity(OrderView.of(order)).build();
    }

    @POST
    @Path("{id}/survey-invitations")
    @Operation(summary = "Invite the customer to rate this order, once it is DELIVERED or COMPLETED: a link to send "
            + "to the customer (sendTo), with a single-use token that expires (sales.survey.invitation-validity). "
            + "Issuing it again replaces the token (the old link stops working) until the customer has answered (then 409).")
    public Response inviteToSurvey(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(SurveyInvitationView.of(surveys.inviteAboutOrder(id)))
                .build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.SUPPORT)
    @Operation(summary = "Change the order's status (RECEIVED -> IN_PROGRESS -> SHIPPED -> DELIVERED -> COMPLETED; "
            + "ON_HOLD from RECEIVED or IN_PROGRESS and back to where it was held from; CANCELLED from RECEIVED, "
            + "IN_PROGRESS or ON_HOLD); 409 names the current state when the change is not allowed",
            description = "Publishes fulfillment.order.status-changed.")
    public OrderView changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusChangeInput body) {
        OrderStatus target = QueryParams.enumValue(OrderStatus.class, "status", body.status());
        return OrderView.of(orders.changeStatus(id, target, body.note()));
    }
}
