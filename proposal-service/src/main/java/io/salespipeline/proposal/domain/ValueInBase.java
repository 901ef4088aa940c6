package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A group's value: per currency as the deals have it (never added across currencies), and in the
 * base currency with the rates used (each with the date it is valid from). A currency without a
 * rate is listed in {@code withoutRate} and left out of {@code inBaseCurrency}, which is then not
 * {@code complete}: nothing is guessed.
 */
public record ValueInBase(List<CurrencyTotal> byCurrency, Money inBaseCurrency, boolean complete,
        List<RateUsed> ratesUsed, List<String> withoutRate) {

    /** A rate a conversion used: one {@code currency} is worth {@code rate} of the base currency from {@code validFrom}. */
    public record RateUsed(String currency, BigDecimal rate, LocalDate validFrom) {
    }
}
