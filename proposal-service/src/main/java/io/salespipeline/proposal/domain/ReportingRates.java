package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting rates into one base currency as they stand on one day: per currency, the stated
 * rate with the latest valid-from date not after that day. A currency whose first rate starts
 * later has none on that day.
 */
public final class ReportingRates {

    private final String baseCurrency;
    private final LocalDate on;
    private final Map<String, ReportingRate> valid = new HashMap<>();

    private ReportingRates(String baseCurrency, LocalDate on) {
        this.baseCurrency = Money.zero(baseCurrency).currency();
        this.on = on;
    }

    /** From every stated rate; those into another base currency are not used. */
    public static ReportingRates on(String baseCurrency, LocalDate on, Collection<ReportingRate> stated) {
        ReportingRates rates = new ReportingRates(baseCurrency, on);
        stated.stream()
                .filter(rate -> rate.baseCurrency().equals(rates.baseCurrency) && !rate.validFrom().isAfter(on))
                .forEach(rate -> rates.valid.merge(rate.currency(), rate,
                        (kept, other) -> other.validFrom().isAfter(kept.validFrom()) ? other : kept));
        return rates;
    }

    public String baseCurrency() {
        return baseCurrency;
    }

    public LocalDate on() {
        return on;
    }

    public Optional<ReportingRate> rateFor(String currency) {
        return Optional.ofNullable(valid.get(currency));
    }

    /**
     * The value of per-currency totals: the base currency's own total as it is, every other one
     * converted with its rate and rounded to the base currency's minor unit (HALF_EVEN) before the
     * converted totals are summed; a currency without a rate is named, not converted.
     */
    public ValueInBase value(Collection<CurrencyTotal> totals) {
        List<CurrencyTotal> byCurrency = totals.stream()
                .sorted(Comparator.comparing((CurrencyTotal total) -> total.total().currency())).toList();
        Money inBase = Money.zero(baseCurrency);
        List<ValueInBase.RateUsed> used = new ArrayList<>();
        List<String> withoutRate = new ArrayList<>();
        for (CurrencyTotal each : byCurrency) {
            Money total = each.total();
            if (total.currency().equals(baseCurrency)) {
                inBase = inBase.plus(total.rounded());
                continue;
            }
            Optional<ReportingRate> rate = rateFor(total.currency());
            if (rate.isEmpty()) {
                withoutRate.add(total.currency());
                continue;
            }
            inBase = inBase.plus(rate.get().convert(total).rounded());
            used.add(new ValueInBase.RateUsed(total.currency(), rate.get().rate(), rate.get().validFrom()));
        }
        return new ValueInBase(byCurrency, inBase, withoutRate.isEmpty(), List.copyOf(used), List.copyOf(withoutRate));
    }
}
