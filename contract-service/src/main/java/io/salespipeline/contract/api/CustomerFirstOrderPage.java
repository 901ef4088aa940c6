package io.salespipeline.contract.api;

import io.salespipeline.platform.customerlink.CustomerPages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.contract.application.CustomerOrders;
import io.salespipeline.contract.application.CustomerOrders.Ordering;
import io.salespipeline.contract.document.DocumentModel;
import io.salespipeline.contract.domain.Contract;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's page for placing the first order under the contract, opened from the link their
 * contact was e-mailed: the contract's lines, a PO number and a requested delivery date. The link
 * is the permission ({@code @PermitAll}); an unusable link answers a problem page (404/410).
 */
@Path("/customer/first-order/{token}")
@PermitAll
@Tag(name = "Customer first-order page", description = "The customer's own page, opened from the link e-mailed to "
        + "their contact (CustomerActionRequested): the first order (PO number, requested delivery date). No bearer "
        + "token: the link's token is the permission.")
public class CustomerFirstOrderPage {

    @Inject
    CustomerOrders orders;

    @Inject
    @Location("customer-first-order.html")
    Template page;

    @Parameter(name = "token", description = "The link's token, as in the e-mailed URL (43 URL-safe characters).",
            example = "q3Jx7Yb0vN2kT8mWc5LdR1sPz6HfA9eGu4iKo_VnB-E")
    @PathParam("token")
    String token;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showCustomerFirstOrderPage", summary = "The customer's first-order page",
            description = "The contract's lines and the order form. An unknown link is 404, an expired, used or "
                    + "revoked one 410.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING)))
    public Response show() {
        Ordering open = orders.open(token);
        return html(200, open.link().contact().name(), open.contract(), null, null);
    }

    @POST
    @Path("order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "placeFirstOrderAsCustomer", summary = "The customer places the first order",
            description = "Every accepted line, with poNumber and requestedDeliveryDate (yyyy-mm-dd), both optional; "
                    + "recorded with receivedBy CUSTOMER_LINK; spends the link. With both signatures it closes the deal "
                    + "(DealClosed).")
    @APIResponse(responseCode = "200", description = "The page, confirming the order.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response place(@FormParam("poNumber") String poNumber,
            @FormParam("requestedDeliveryDate") String requestedDeliveryDate) {
        return CustomerPages.act(() -> {
            Contract placed = orders.place(token, poNumber, date(requestedDeliveryDate));
            return html(200, placed.customer().contactName(), placed, null,
                    "Thank you: your order is placed. The seller's team will confirm the delivery.");
        }, refused -> {
            Ordering open = orders.open(token);
            return html(refused.status(), open.link().contact().name(), open.contract(), refused.reason(), null);
        });
    }

    private Response html(int status, String contactName, Contract contract, String error, String done) {
        String base = "/customer/first-order/" + token;
        boolean orderable = contract.awaitsFirstOrder();
        String body = page.data("doc", DocumentModel.of(contract)).data("contactName", contactName)
                .data("open", done == null && orderable).data("error", error).data("done", done)
                .data("orderPath", base + "/order").render();
        return CustomerPages.html(status, body);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("requestedDeliveryDate", "must be a date such as 2027-02-01");
        }
    }
}
