package io.salespipeline.prospect.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.SavingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One application of the products at the prospect, with its estimated saving per period. */
@Schema(description = "A specific application of the products at the prospect, with its estimated saving per period.")
public record ApplicationView(
        @Schema(required = true, description = "The application's id.") UUID id,
        @Schema(required = true, description = "The prospect it belongs to.") UUID prospectId,
        @Schema(required = true, description = "The product (or product line) applied.", examples = "Route planner")
        String product,
        @Schema(required = true, description = "The prospect's problem it solves.",
                examples = "Service technicians drive 30% more than needed.") String problem,
        @Schema(nullable = true, description = "The estimated cost saving per period; null when only time is saved.")
        Money costSaving,
        // No example of its own: a nullable decimal's example is the shared Decimal's (a number here would be wrong).
        @Schema(nullable = true, description = "The estimated hours saved per period, an exact decimal string; null when "
                + "only cost is saved.") BigDecimal timeSavingHours,
        @Schema(required = true, description = "The period the savings are per.") SavingPeriod period,
        @Schema(required = true, description = "How the saving was estimated.",
                examples = "12 technicians x 40 km/day less at 0.35 EUR/km, 21 days a month.") String reasoning,
        @Schema(required = true, description = "Who recorded it (token subject).", examples = "sam.seller") String recordedBy,
        @Schema(required = true, description = "When (UTC).", examples = "2026-03-12T10:00:00Z") Instant recordedAt) {

    // The prospect id is passed in: the application's link to it is a lazy reference.
    public static ApplicationView of(UUID prospectId, Application application) {
        return new ApplicationView(application.id(), prospectId, application.product(), application.problem(),
                application.costSaving(), application.timeSavingHours(), application.period(),
                application.reasoning(), application.recordedBy(), application.recordedAt());
    }
}
