package io.salespipeline.proposal.domain;

import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group's value: per currency as the deals have it (never added across currencies), and in the
 * base currency with the rates used (each with the date it is valid from). A currency without a
 * rate is listed in {@code withoutRate} and left out of {@code inBaseCurrency}, which is then not
 * {@code complete}: nothing is guessed.
 */
@Schema(description = "A group's value per currency (never added across currencies) and in the base currency with "
        + "the reporting rates used; a currency without a rate is named in withoutRate, not guessed.")
public record ValueInBase(
        @Schema(required = true, description = "One total per currency the deals have, by currency code; empty: no "
                + "deals.") List<CurrencyTotal> byCurrency,
        @Schema(required = true, description = "The sum in the base currency: the base currency's own total plus "
                + "every other total converted with its rate and rounded (HALF_EVEN) to the base currency's minor "
                + "unit; currencies in withoutRate are left out.") Money inBaseCurrency,
        @Schema(required = true, description = "True when every currency was converted (withoutRate is empty); "
                + "false: inBaseCurrency leaves some deals out.") boolean complete,
        @Schema(required = true, description = "The rates the conversion used, one per converted currency, by "
                + "currency code; empty when every total is in the base currency.") List<RateUsed> ratesUsed,
        @Schema(required = true, description = "The currencies without a reporting rate on the day, left out of "
                + "inBaseCurrency; empty when complete.", examples = "[\"CHF\"]") List<String> withoutRate) {

    /** A rate a conversion used: one {@code currency} is worth {@code rate} of the base currency from {@code validFrom}. */
    @Schema(description = "A reporting rate a conversion used: one unit of currency is worth rate units of the base "
            + "currency from validFrom.")
    public record RateUsed(
            @Schema(required = true, description = "The converted currency (ISO 4217).", examples = "USD")
            String currency,
            @Schema(required = true, description = "How many units of the base currency one unit of currency is "
                    + "worth, e.g. 0.92.") BigDecimal rate,
            @Schema(required = true, description = "The day (UTC) the rate is valid from: the latest stated rate of "
                    + "the currency not after the report's ratesOn.", examples = "2026-03-01") LocalDate validFrom) {
    }
}
