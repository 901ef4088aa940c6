package io.salespipeline.proposal.application;

import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.proposal.domain.ReportingRate;
import io.salespipeline.proposal.domain.ReportingRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reporting rates an admin states into the configured base currency (audited like every
 * change: platform audit trail, recordId the rate's id). Used only by the pipeline-value report.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class ReportingRateBook {

    @Inject
    CurrentActor actor;

    @Inject
    ReportingSettings settings;

    public String baseCurrency() {
        return ReportingRates.on(settings.baseCurrency(), LocalDate.EPOCH, List.of()).baseCurrency();
    }

    /** Every rate into the base currency, by currency, the latest first. */
    public List<ReportingRate> all() {
        return ReportingRate.list("baseCurrency = ?1 order by currency, validFrom desc", baseCurrency());
    }

    /** The rates as they stand on {@code day}. */
    public ReportingRates on(LocalDate day) {
        return ReportingRates.on(baseCurrency(), day, all());
    }

    /** States the rate of {@code currency} from {@code validFrom}; a rate stated for that day already is corrected. */
    @Transactional
    public ReportingRate state(String currency, LocalDate validFrom, BigDecimal rate) {
        ReportingRate stated = ReportingRate.of(currency, baseCurrency(), rate, validFrom, actor.name(), Instant.now());
        ReportingRate existing = ReportingRate.<ReportingRate>find("currency = ?1 and baseCurrency = ?2 and validFrom = ?3",
                stated.currency(), stated.baseCurrency(), validFrom).firstResult();
        if (existing == null) {
            stated.persist();
            return stated;
        }
        existing.restate(rate, actor.name(), Instant.now());
        return existing;
    }
}
