package io.salespipeline.platform.stage;

import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.salespipeline.platform.domain.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** This service's stage of the funnel, one path in every service. */
@Path("/api/stage-metrics")
// Who did what across the team, and the funnel: for sales managers and admins.
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Funnel", description = "This service's stage of the sales funnel: how many records entered, moved on or were lost, and how long they took.")
public class StageMetricsResource {

    @Inject
    StageMetrics metrics;

    @GET
    @Operation(operationId = "getStageFigures", summary = "Get the stage's funnel figures",
            description = "The stage's figures for records that entered it in [from, to) (ISO-8601 instants; default: the last 30 days)")
    public StageFigures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return metrics.figures(instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
