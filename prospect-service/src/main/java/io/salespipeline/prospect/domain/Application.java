package io.salespipeline.prospect.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.ids.Ids;
import io.salespipeline.platform.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A specific use of the products at the prospect, with its estimated saving per period: the
 * case the proposal will be built on. Created only through {@link Prospect#addApplication}.
 */
@Entity
@Table(name = "prospect_application")
public class Application extends PanacheEntityBase {

    // Limits of the numeric columns, checked here so that a huge value is a 400, not a 500.
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    private static final BigDecimal MAX_HOURS = new BigDecimal("10000000000");

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prospect_id")
    private Prospect prospect;
    private String product;
    private String problem;
    private BigDecimal costSavingAmount;
    private String costSavingCurrency;
    private BigDecimal timeSavingHours;
    @Enumerated(EnumType.STRING)
    private SavingPeriod period;
    private String reasoning;
    private String recordedBy;
    private Instant recordedAt;

    protected Application() {
        // for JPA
    }

    /** Validates everything; the caller attaches it to the prospect only if this succeeds. */
    static Application of(Prospect prospect, String product, String problem, Money costSaving,
            BigDecimal timeSavingHours, SavingPeriod period, String reasoning, String actor, Instant now) {
        Application application = new Application();
        application.id = Ids.newId();
        application.prospect = prospect;
        application.product = Require.text("product", product, 200);
        application.problem = Require.text("problem", problem, 4000);
        application.period = Require.present("period", period);
        application.reasoning = Require.text("reasoning", reasoning, 10_000);
        if (costSaving == null && timeSavingHours == null) {
            throw new InvalidInputException("costSaving",
                    "a cost saving or a time saving (timeSavingHours) greater than zero is required");
        }
        if (costSaving != null) {
            Money checked = checkedCostSaving(costSaving);
            application.costSavingAmount = checked.amount();
            application.costSavingCurrency = checked.currency();
        }
        if (timeSavingHours != null) {
            application.timeSavingHours = checkedHours(timeSavingHours);
        }
        application.recordedBy = actor;
        application.recordedAt = now;
        return application;
    }

    private static Money checkedCostSaving(Money saving) {
        if (saving.amount().signum() <= 0) {
            throw new InvalidInputException("costSaving.amount", "must be greater than zero");
        }
        if (saving.amount().stripTrailingZeros().scale() > saving.minorDigits()) {
            throw new InvalidInputException("costSaving.amount",
                    "has more decimals than " + saving.currency() + " allows (" + saving.minorDigits() + ")");
        }
        if (saving.amount().compareTo(MAX_AMOUNT) >= 0) {
            throw new InvalidInputException("costSaving.amount", "is too large");
        }
        return saving.rounded();
    }

    private static BigDecimal checkedHours(BigDecimal hours) {
        Require.positive("timeSavingHours", hours);
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("timeSavingHours", "must have at most 2 decimals");
        }
        if (hours.compareTo(MAX_HOURS) >= 0) {
            throw new InvalidInputException("timeSavingHours", "is too large");
        }
        return hours;
    }

    /** A saving a proposal can argue with: money or hours, above zero. */
    public boolean isQuantified() {
        return (costSavingAmount != null && costSavingAmount.signum() > 0)
                || (timeSavingHours != null && timeSavingHours.signum() > 0);
    }

    public UUID id() {
        return id;
    }

    public String product() {
        return product;
    }

    public String problem() {
        return problem;
    }

    public Money costSaving() {
        return costSavingAmount == null ? null : new Money(costSavingAmount, costSavingCurrency);
    }

    public BigDecimal timeSavingHours() {
        return timeSavingHours;
    }

    public SavingPeriod period() {
        return period;
    }

    public String reasoning() {
        return reasoning;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
