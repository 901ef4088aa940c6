package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting rates: which rate stands on a day, exact conversion, and a currency without a rate named, not guessed. */
class ReportingRatesTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    static ReportingRate rate(String currency, String rate, String validFrom) {
        return ReportingRate.of(currency, "EUR", new BigDecimal(rate), LocalDate.parse(validFrom), "ada.admin", NOW);
    }

    static CurrencyTotal total(String amount, String currency, long deals) {
        return new CurrencyTotal(Money.of(amount, currency), deals);
    }

    static final List<ReportingRate> STATED = List.of(
            rate("USD", "0.90", "2026-11-01"), rate("USD", "0.925", "2026-12-01"), rate("USD", "0.95", "2027-01-01"),
            rate("GBP", "1.17", "2026-10-01"), rate("JPY", "0.0062", "2026-12-05"));

    @Test
    void theRateOfADayIsTheLatestStatedNoLaterThanIt() {
        ReportingRates rates = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), STATED);

        assertEquals(new BigDecimal("0.925"), rates.rateFor("USD").orElseThrow().rate());
        assertEquals(LocalDate.parse("2026-12-01"), rates.rateFor("USD").orElseThrow().validFrom());
        assertEquals(new BigDecimal("1.17"), rates.rateFor("GBP").orElseThrow().rate());
        // Valid from its first day on, not before it.
        assertTrue(ReportingRates.on("EUR", LocalDate.parse("2026-12-05"), STATED).rateFor("JPY").isPresent());
        assertTrue(ReportingRates.on("EUR", LocalDate.parse("2026-12-04"), STATED).rateFor("JPY").isEmpty());
        assertTrue(ReportingRates.on("EUR", LocalDate.parse("2026-09-30"), STATED).rateFor("GBP").isEmpty());
    }

    @Test
    void ratesIntoAnotherBaseCurrencyAreNotUsed() {
        ReportingRate intoUsd = ReportingRate.of("GBP", "USD", new BigDecimal("1.27"), LocalDate.parse("2026-01-01"),
                "ada.admin", NOW);

        assertTrue(ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), List.of(intoUsd)).rateFor("GBP").isEmpty());
    }

    @Test
    void eachCurrencyIsConvertedExactlyRoundedToTheBaseMinorUnitThenSummed() {
        ReportingRates rates = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), STATED);

        ValueInBase value = rates.value(List.of(total("1000.00", "USD", 2), total("500.00", "EUR", 1),
                total("0.10", "GBP", 1), total("12345", "JPY", 1)));

        // USD 1000.00 x 0.925 = 925.00; GBP 0.10 x 1.17 = 0.117 -> 0.12; JPY 12345 x 0.0062 = 76.539 -> 76.54.
        assertEquals(Money.of("1501.66", "EUR"), value.inBaseCurrency());
        assertTrue(value.complete());
        assertEquals(List.of("EUR", "GBP", "JPY", "USD"),
                value.byCurrency().stream().map(each -> each.total().currency()).toList());
        assertEquals(List.of(new ValueInBase.RateUsed("GBP", new BigDecimal("1.17"), LocalDate.parse("2026-10-01")),
                new ValueInBase.RateUsed("JPY", new BigDecimal("0.0062"), LocalDate.parse("2026-12-05")),
                new ValueInBase.RateUsed("USD", new BigDecimal("0.925"), LocalDate.parse("2026-12-01"))),
                value.ratesUsed());
    }

    @Test
    void roundingIsHalfEvenPerCurrency() {
        ReportingRates rates = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"),
                List.of(rate("USD", "0.5", "2026-01-01"), rate("GBP", "0.5", "2026-01-01")));

        // 0.05 x 0.5 = 0.025 -> 0.02 (half to even), twice: 0.04, not 0.05 from rounding the sum.
        assertEquals(Money.of("0.04", "EUR"),
                rates.value(List.of(total("0.05", "USD", 1), total("0.05", "GBP", 1))).inBaseCurrency());
    }

    @Test
    void aCurrencyWithoutARateIsListedAndLeftOutNotGuessed() {
        ReportingRates rates = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), STATED);

        ValueInBase value = rates.value(List.of(total("100.00", "EUR", 1), total("900.00", "CHF", 3)));

        assertEquals(Money.of("100.00", "EUR"), value.inBaseCurrency());
        assertFalse(value.complete());
        assertEquals(List.of("CHF"), value.withoutRate());
        assertEquals(List.of(), value.ratesUsed());
        assertEquals(Money.of("900.00", "CHF"), value.byCurrency().get(0).total());
    }

    @Test
    void nothingOpenIsZeroInTheBaseCurrencyAndComplete() {
        ValueInBase value = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), STATED).value(List.of());

        assertEquals(Money.of("0.00", "EUR"), value.inBaseCurrency());
        assertTrue(value.complete());
    }

    @Test
    void aRateIsPositiveBoundedAndNotForTheBaseCurrencyItself() {
        assertThrows(InvalidInputException.class, () -> rate("USD", "0", "2026-12-01"));
        assertThrows(InvalidInputException.class, () -> rate("USD", "-0.9", "2026-12-01"));
        assertThrows(InvalidInputException.class, () -> rate("USD", "0.1234567890123", "2026-12-01"));
        assertThrows(InvalidInputException.class, () -> rate("EUR", "1", "2026-12-01"));
        assertThrows(InvalidInputException.class, () -> rate("XYZ", "1", "2026-12-01"));
        assertThrows(InvalidInputException.class,
                () -> ReportingRate.of("USD", "EUR", new BigDecimal("0.9"), null, "ada.admin", NOW));
    }

    @Test
    void aRateConvertsOnlyItsOwnCurrency() {
        assertThrows(InvalidInputException.class, () -> rate("USD", "0.9", "2026-12-01").convert(Money.of("1", "GBP")));
        assertEquals(Money.of("0.900", "EUR"), rate("USD", "0.9", "2026-12-01").convert(Money.of("1.00", "USD")));
    }
}
