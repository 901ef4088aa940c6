package io.salespipeline.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.DecimalBounds;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An exchange rate an admin states for reporting only: from {@code currency} to the base currency,
 * valid from a date (UTC) until the next rate of the same currency. One unit of {@code currency}
 * is worth {@code rate} units of the base currency, exactly. It never changes a deal's amounts:
 * only the pipeline-value report converts with it.
 */
@Entity
@Table(name = "reporting_rate")
public class ReportingRate extends PanacheEntityBase {

    @Id
    private UUID id;
    @Version
    private long lockVersion;
    private String currency;
    private String baseCurrency;
    private BigDecimal rate;
    private LocalDate validFrom;
    private String setBy;
    private Instant setAt;

    protected ReportingRate() {
        // for JPA
    }

    public static ReportingRate of(String currency, String baseCurrency, BigDecimal rate, LocalDate validFrom,
            String actor, Instant now) {
        ReportingRate stated = new ReportingRate();
        stated.id = Ids.newId();
        stated.currency = Money.zero(currency).currency(); // an ISO 4217 code, else a problem naming currency
        stated.baseCurrency = Money.zero(baseCurrency).currency();
        if (stated.currency.equals(stated.baseCurrency)) {
            throw new InvalidInputException("currency", "is the base currency " + stated.baseCurrency
                    + ": it needs no rate");
        }
        stated.validFrom = Require.present("validFrom", validFrom);
        stated.restate(rate, actor, now);
        return stated;
    }

    /** A corrected rate for the same currency and day. */
    public void restate(BigDecimal newRate, String actor, Instant now) {
        BigDecimal checked = DecimalBounds.require("rate", Require.present("rate", newRate));
        if (checked.signum() <= 0) {
            throw new InvalidInputException("rate", "must be greater than 0");
        }
        rate = checked;
        setBy = actor;
        setAt = now;
    }

    /** {@code amount} (in this rate's currency) in the base currency, exact (not rounded). */
    public Money convert(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new InvalidInputException("currency", "a rate for " + currency + " cannot convert "
                    + amount.currency());
        }
        return new Money(amount.amount().multiply(rate), baseCurrency);
    }

    public UUID id() { return id; }
    public String currency() { return currency; }
    public String baseCurrency() { return baseCurrency; }
    public BigDecimal rate() { return rate; }
    public LocalDate validFrom() { return validFrom; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
}
