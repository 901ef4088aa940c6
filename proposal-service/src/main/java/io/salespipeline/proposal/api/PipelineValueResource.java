package io.salespipeline.proposal.api;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.proposal.application.PipelineValueReport;
import io.salespipeline.proposal.application.PipelineValueReport.PipelineValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pipeline's value and where the won revenue came from: for sales managers (and admins). */
@Path("/api/pipeline-value")
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Pipeline value", description = "The money in the pipeline: open value per stage and won revenue by source and campaign, per currency and in the reporting base currency.")
public class PipelineValueResource {

    @Inject
    PipelineValueReport report;

    @GET
    @Operation(operationId = "getPipelineValue", summary = "Get the pipeline's value",
            description = "Open value per stage (PROPOSAL: the totals of the deals' draft or sent proposals; CONTRACT: "
                    + "accepted proposals whose deal has neither closed nor been lost) and the revenue won in [from, to) "
                    + "(the first orders' totals, default: the last 30 days) by source kind, source detail and UTM "
                    + "campaign. Every value is given per currency (never added across currencies) and in the base "
                    + "currency with the reporting rates valid on ratesOn (each rate with its valid-from date); a "
                    + "currency without a rate is listed in withoutRate and left out of inBaseCurrency (complete: false).")
    public PipelineValue get(@QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "The day whose reporting rates convert into the base currency (ISO-8601 date, "
                    + "default: today, UTC).", example = "2026-03-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("ratesOn") String ratesOn) {
        return report.report(QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.date("ratesOn", ratesOn));
    }
}
