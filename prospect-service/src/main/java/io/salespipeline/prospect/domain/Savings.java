package io.salespipeline.prospect.domain;

import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What all of a prospect's applications save together, per year: each application's saving
 * per month x 12, per quarter x 4, per year x 1; cost savings summed per currency (never
 * converted), hours summed. Zero applications save nothing (an empty list and "0" hours).
 */
@Schema(description = "What all the prospect's applications save together, per year (month x 12, quarter x 4).")
public record Savings(
        @Schema(required = true, description = "Cost savings per year, one per currency (never converted); empty when "
                + "none.") List<Money> costPerYear,
        @Schema(required = true, description = "Hours saved per year, an exact decimal string; 0 when none.",
                examples = "960") BigDecimal hoursPerYear) {

    public static final Savings NONE = new Savings(List.of(), BigDecimal.ZERO);

    public static Savings of(Collection<Application> applications) {
        Map<String, Money> cost = new TreeMap<>();
        BigDecimal hours = BigDecimal.ZERO;
        for (Application application : applications) {
            BigDecimal perYear = BigDecimal.valueOf(application.period().perYear());
            Money saving = application.costSaving();
            if (saving != null) {
                cost.merge(saving.currency(), saving.times(perYear), Money::plus);
            }
            if (application.timeSavingHours() != null) {
                hours = hours.add(application.timeSavingHours().multiply(perYear));
            }
        }
        // Exact products of exact amounts: a whole number of minor units already, no rounding needed.
        return new Savings(new ArrayList<>(cost.values()), hours.stripTrailingZeros().scale() < 0
                ? hours.setScale(0) : hours.stripTrailingZeros());
    }
}
