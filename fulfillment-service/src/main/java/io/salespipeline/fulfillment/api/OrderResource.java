package io.salespipeline.fulfillment.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.fulfillment.api.OrderRequests.StatusChangeInput;
import io.salespipeline.fulfillment.application.Orders;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
    Orders orders;

    @GET
    @Operation(summary = "List orders, optionally of one deal, one customer or in one status (keyset paginated)")
    public Page<OrderView> list(@QueryParam("dealId") String dealId, @QueryParam("customerId") String customerId,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(orders.list(QueryParams.uuid("dealId", dealId), QueryParams.uuid("customerId", customerId),
                QueryParams.enumValue(OrderStatus.class, "status", status), page), page, Order::id, OrderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order, with its status history")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.get(id));
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
