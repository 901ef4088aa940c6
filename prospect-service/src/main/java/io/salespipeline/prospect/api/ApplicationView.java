package io.salespipeline.prospect.api;

import io.salespipeline.platform.money.Money;
import io.salespipeline.prospect.domain.Application;
import io.salespipeline.prospect.domain.SavingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One application of the products at the prospect, with its estimated saving per period. */
public record ApplicationView(UUID id, UUID prospectId, String product, String problem, Money costSaving,
        BigDecimal timeSavingHours, SavingPeriod period, String reasoning, String recordedBy, Instant recordedAt) {

    // The prospect id is passed in: the application's link to it is a lazy reference.
    public static ApplicationView of(UUID prospectId, Application application) {
        return new ApplicationView(application.id(), prospectId, application.product(), application.problem(),
                application.costSaving(), application.timeSavingHours(), application.period(),
                application.reasoning(), application.recordedBy(), application.recordedAt());
    }
}
