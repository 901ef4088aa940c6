package io.salespipeline.fulfillment.api;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.fulfillment.application.Customers;
import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers")
@RolesAllowed({Roles.SUPPORT, Roles.SALES_MANAGER})
@Tag(name = "Customers", description = "Accounts opened by closed deals. Each is handed to the support staff "
        + "member (roster sales.support.staff) owning the fewest customers; ties go to the earlier name in the roster.")
public class CustomerResource {

    @Inject
    Customers customers;

    @GET
    @Operation(summary = "List customers, optionally of one deal or of one support owner (keyset paginated)")
    public Page<CustomerView> list(@QueryParam("dealId") String dealId, @QueryParam("supportOwner") String owner,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        String supportOwner = owner == null || owner.isBlank() ? null : owner.strip();
        return Page.of(customers.list(QueryParams.uuid("dealId", dealId), supportOwner, page), page, Customer::id,
                CustomerView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer")
    public CustomerView get(@PathParam("id") UUID id) {
        return CustomerView.of(customers.get(id));
    }
}
