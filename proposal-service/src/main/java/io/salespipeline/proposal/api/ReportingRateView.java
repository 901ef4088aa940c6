package io.salespipeline.proposal.api;

import io.salespipeline.proposal.domain.ReportingRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reporting rate: one unit of currency is worth rate units of baseCurrency from validFrom. */
public record ReportingRateView(UUID id, String currency, String baseCurrency, BigDecimal rate, LocalDate validFrom,
        String setBy, Instant setAt) {

    /** The base currency and its rates. */
    public record Book(String baseCurrency, List<ReportingRateView> items) {
    }

    static ReportingRateView of(ReportingRate rate) {
        return new ReportingRateView(rate.id(), rate.currency(), rate.baseCurrency(), rate.rate(), rate.validFrom(),
                rate.setBy(), rate.setAt());
    }

    static Book book(String baseCurrency, List<ReportingRate> rates) {
        return new Book(baseCurrency, rates.stream().map(ReportingRateView::of).toList());
    }
}
