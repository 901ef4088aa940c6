package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.salespipeline.platform.money.Money;
import io.salespipeline.platform.stage.Attribution;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Won revenue grouped by source kind, detail and campaign, per currency, never adding currencies together. */
class WonRevenueTest {

    static final Attribution SPRING_FORM = new Attribution("WEB_FORM", "Contact us", "spring-2026");
    static final Attribution AUTUMN_FORM = new Attribution("WEB_FORM", "Contact us", "autumn-2026");
    static final Attribution CONFERENCE = new Attribution("CONFERENCE", "TechConf 2026", null);

    static final ReportingRates RATES = ReportingRates.on("EUR", LocalDate.parse("2026-12-06"), List.of(
            ReportingRate.of("USD", "EUR", new BigDecimal("0.9"), LocalDate.parse("2026-12-01"), "ada.admin",
                    Instant.parse("2026-12-01T08:00:00Z"))));

    static WonRevenue.Row row(Attribution source, String amount, String currency, long deals) {
        return new WonRevenue.Row(source, Money.of(amount, currency), deals);
    }

    @Test
    void oneGroupPerSourceKindDetailAndCampaignWithItsCurrenciesApart() {
        List<WonRevenue.BySource> groups = WonRevenue.bySource(List.of(
                row(SPRING_FORM, "1000.00", "EUR", 2), row(CONFERENCE, "300.00", "EUR", 1),
                row(SPRING_FORM, "2000.00", "USD", 1), row(AUTUMN_FORM, "50.00", "EUR", 1)), RATES);

        assertEquals(List.of("CONFERENCE/null", "WEB_FORM/autumn-2026", "WEB_FORM/spring-2026"),
                groups.stream().map(g -> g.sourceKind() + "/" + g.campaign()).toList());
        WonRevenue.BySource spring = groups.get(2);
        assertEquals("Contact us", spring.sourceDetail());
        assertEquals(3, spring.deals());
        assertEquals(List.of(Money.of("1000.00", "EUR"), Money.of("2000.00", "USD")),
                spring.value().byCurrency().stream().map(CurrencyTotal::total).toList());
        assertEquals(Money.of("2800.00", "EUR"), spring.value().inBaseCurrency());
    }

    @Test
    void dealsOfUnknownSourceFormOneGroupAfterTheKnownOnes() {
        List<WonRevenue.BySource> groups = WonRevenue.bySource(List.of(
                row(null, "10.00", "EUR", 1), row(CONFERENCE, "300.00", "EUR", 1), row(null, "5.00", "CHF", 1)), RATES);

        WonRevenue.BySource unknown = groups.get(1);
        assertNull(unknown.sourceKind());
        assertNull(unknown.sourceDetail());
        assertNull(unknown.campaign());
        assertEquals(2, unknown.deals());
        assertEquals(Money.of("10.00", "EUR"), unknown.value().inBaseCurrency());
        assertFalse(unknown.value().complete());
        assertEquals(List.of("CHF"), unknown.value().withoutRate());
    }

    @Test
    void rowsOfOneCurrencyAreAddedAndOfDifferentCurrenciesKeptApart() {
        List<CurrencyTotal> merged = WonRevenue.merged(List.of(new CurrencyTotal(Money.of("1.10", "EUR"), 1),
                new CurrencyTotal(Money.of("7", "USD"), 2), new CurrencyTotal(Money.of("2.20", "EUR"), 3)));

        assertEquals(List.of(new CurrencyTotal(Money.of("3.30", "EUR"), 4), new CurrencyTotal(Money.of("7", "USD"), 2)),
                merged);
    }
}
