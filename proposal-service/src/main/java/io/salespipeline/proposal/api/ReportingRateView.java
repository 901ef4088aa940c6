package io.salespipeline.proposal.api;

import io.salespipeline.proposal.domain.ReportingRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting rate: one unit of currency is worth rate units of baseCurrency from validFrom. */
@Schema(description = "A reporting rate: one unit of currency is worth rate units of baseCurrency from validFrom "
        + "until the currency's next rate. Only the pipeline-value report uses it.")
public record ReportingRateView(
        @Schema(required = true, description = "The rate's id.", examples = "0193a3d0-2c3d-7e4f-8a5b-6c7d8e9f0a1b")
        UUID id,
        @Schema(required = true, description = "The currency converted from (ISO 4217).", examples = "USD")
        String currency,
        @Schema(required = true, description = "The reporting base currency converted into (ISO 4217).",
                examples = "EUR") String baseCurrency,
        @Schema(required = true, description = "How many units of baseCurrency one unit of currency is worth, "
                + "greater than zero, e.g. 0.92.") BigDecimal rate,
        @Schema(required = true, description = "The day (UTC) the rate is valid from.", examples = "2026-03-01")
        LocalDate validFrom,
        @Schema(required = true, description = "The admin who stated (or last corrected) it, as \"subject (role)\".",
                examples = "ada.admin (admin)") String setBy,
        @Schema(required = true, description = "When it was stated or last corrected (UTC).",
                examples = "2026-02-28T16:30:00Z") Instant setAt) {

    /** The base currency and its rates. */
    @Schema(description = "The reporting base currency and every rate into it.")
    public record Book(
            @Schema(required = true, description = "The reporting base currency (ISO 4217).", examples = "EUR")
            String baseCurrency,
            @Schema(required = true, description = "Every rate, by currency, the latest valid-from date first; "
                    + "empty: none stated.") List<ReportingRateView> items) {
    }

    static ReportingRateView of(ReportingRate rate) {
        return new ReportingRateView(rate.id(), rate.currency(), rate.baseCurrency(), rate.rate(), rate.validFrom(),
                rate.setBy(), rate.setAt());
    }

    static Book book(String baseCurrency, List<ReportingRate> rates) {
        return new Book(baseCurrency, rates.stream().map(ReportingRateView::of).toList());
    }
}
