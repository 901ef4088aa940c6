package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.proposal.application.ReportingRateBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reporting rates: admins state them, sales managers read them. Changes are in the audit trail. */
@Path("/api/reporting-rates")
@RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
@Tag(name = "Reporting rates", description = "Explicit, dated exchange rates into the reporting base currency, used only by the pipeline-value report; a deal's amounts are never converted.")
public class ReportingRateResource {

    @Inject
    ReportingRateBook rates;

    /** A rate as stated: one unit of currency is worth rate units of the base currency from validFrom. */
    @Schema(description = "A reporting rate to state.")
    public record RateInput(
            @Schema(required = true, description = "How many units of the base currency one unit of the currency is "
                    + "worth, greater than zero, e.g. 0.92.") @NotNull BigDecimal rate) {
    }

    @GET
    @Operation(operationId = "listReportingRates", summary = "List the reporting rates",
            description = "Every rate into the base currency, by currency, the latest valid-from date first")
    public ReportingRateView.Book list() {
        return ReportingRateView.book(rates.baseCurrency(), rates.all());
    }

    @PUT
    @Path("{currency}/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "stateReportingRate", summary = "State a reporting rate",
            description = "Admin: one unit of currency is worth rate units of the base currency from date (UTC) until "
                    + "the next rate of the currency; a rate already stated for that day is corrected. Only the "
                    + "pipeline-value report uses it.")
    public ReportingRateView state(
            @Parameter(description = "An ISO 4217 currency code other than the base currency.", example = "USD")
            @PathParam("currency") String currency,
            @Parameter(description = "The day the rate is valid from (ISO-8601 date).", example = "2026-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("date") String date,
            @NotNull @Valid RateInput body) {
        return ReportingRateView.of(rates.state(currency, QueryParams.date("date", date), body.rate()));
    }
}
