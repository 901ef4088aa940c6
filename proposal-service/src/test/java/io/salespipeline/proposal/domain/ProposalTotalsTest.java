package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Line amounts and totals against hand computations. The rule: per line, net = quantity x
 * unit price x (1 - discount%) and tax = net x tax%, each rounded HALF_EVEN to the minor unit;
 * totals are sums of the rounded line amounts. Expected values below were worked out by hand
 * (the arithmetic is in the comments), not with the code under test.
 */
class ProposalTotalsTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Proposal draftIn(String currency) {
        return Proposal.draft(new Handover(UUID.randomUUID(), null, new Customer("ACME", "Wile E.", null),
                new Procurement(ProcurementProcedure.ONE_PAGE_QUOTE, null), null, List.of(), null, null, List.of(), "e"),
                new OfferTerms(currency, 30, null), "s", now);
    }

    private static Product product(String price, String currency) {
        return Product.of("SKU-" + price, "Product at " + price, null, "unit", Money.of(price, currency), true);
    }

    /** Prices one line on a fresh EUR draft and answers "net/tax/total". */
    private String line(String unitPrice, String quantity, String discount, String taxRate) {
        Proposal proposal = draftIn("EUR");
        proposal.addLine(product(unitPrice, "EUR"), new BigDecimal(quantity),
                discount == null ? null : new BigDecimal(discount), taxRate == null ? null : new BigDecimal(taxRate),
                now);
        LinePrice price = proposal.lines().get(0).price("EUR");
        return price.net().amount().toPlainString() + "/" + price.tax().amount().toPlainString() + "/"
                + price.total().amount().toPlainString();
    }

    @Test
    void aNetEndingInExactlyHalfACentRoundsToTheEvenCent() {
        // 1 x 0.125 = 0.125: tie, 2 is even -> 0.12 (half-up would give 0.13)
        assertEquals("0.12/0.00/0.12", line("0.125", "1", null, null));
        // 1 x 0.135 = 0.135: tie, 3 is odd -> 0.14
        assertEquals("0.14/0.00/0.14", line("0.135", "1", null, null));
        // 3 x 29.00 = 87.00; x (1 - 0.125) = 76.125: tie, 2 even -> 76.12; tax 76.12 x 0.19 = 14.4628 -> 14.46
        assertEquals("76.12/14.46/90.58", line("29.00", "3", "12.5", "19"));
        // 1 x 29.00 x 0.875 = 25.375: tie, 7 odd -> 25.38; tax 25.38 x 0.19 = 4.8222 -> 4.82
        assertEquals("25.38/4.82/30.20", line("29.00", "1", "12.5", "19"));
        // just above the tie goes up: 1 x 0.1251 -> 0.13
        assertEquals("0.13/0.00/0.13", line("0.1251", "1", null, null));
    }

    @Test
    void aTaxEndingInExactlyHalfACentRoundsToTheEvenCent() {
        // 450.00 x 0.95 = 427.50; tax 427.50 x 0.07 = 29.925: tie, 2 even -> 29.92 (half-up: 29.93)
        assertEquals("427.50/29.92/457.42", line("450.00", "1", "5", "7"));
        // 428.50 x 0.07 = 29.995: tie, 9 odd -> 30.00
        assertEquals("428.50/30.00/458.50", line("428.50", "1", null, "7"));
    }

    @Test
    void discountsAndTaxesAtTheirBounds() {
        // 100% discount: nothing to pay, nothing to tax
        assertEquals("0.00/0.00/0.00", line("1200.00", "2", "100", "19"));
        // 2.5 days x 1200.00 = 3000.00; tax 19% = 570.00
        assertEquals("3000.00/570.00/3570.00", line("1200.00", "2.5", "0", "19"));
        // 12 x 900.00 = 10800.00; -10% = 9720.00; tax 7% = 680.40
        assertEquals("9720.00/680.40/10400.40", line("900.00", "12", "10", "7"));
        // tax rate 100%: tax equals net
        assertEquals("3500.00/3500.00/7000.00", line("3500.00", "1", null, "100"));
        // fractional quantity and discount: 0.3333 x 29.00 = 9.6657; x 0.9667 = 9.34383... -> 9.34; tax 9.34 x 0.2 = 1.868 -> 1.87
        assertEquals("9.34/1.87/11.21", line("29.00", "0.3333", "3.33", "20"));
    }

    @Test
    void documentTotalsAreSumsOfRoundedLinesNotRoundedSums() {
        Proposal proposal = draftIn("EUR");
        Product eighth = product("0.125", "EUR");
        for (int i = 0; i < 3; i++) {
            proposal.addLine(eighth, BigDecimal.ONE, null, new BigDecimal("10"), now);
        }
        // Each line: net 0.125 -> 0.12; tax 0.12 x 0.10 = 0.012 -> 0.01; total 0.13.
        // Totals: net 0.36 (rounding the exact sum 0.375 would give 0.38), tax 0.03, total 0.39.
        LinePrice totals = proposal.totals();
        assertEquals(Money.of("0.36", "EUR"), totals.net());
        assertEquals(Money.of("0.03", "EUR"), totals.tax());
        assertEquals(Money.of("0.39", "EUR"), totals.total());
    }

    @Test
    void totalsOfAMixedProposal() {
        Proposal proposal = draftIn("EUR");
        proposal.addLine(product("29.00", "EUR"), new BigDecimal("3"), new BigDecimal("12.5"), new BigDecimal("19"), now);
        proposal.addLine(product("1200.00", "EUR"), new BigDecimal("2.5"), null, new BigDecimal("19"), now);
        proposal.addLine(product("900.00", "EUR"), new BigDecimal("12"), new BigDecimal("10"), new BigDecimal("7"), now);
        proposal.addLine(product("450.00", "EUR"), BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("7"), now);
        // net   76.12 + 3000.00 + 9720.00 + 427.50 = 13223.62
        // tax   14.46 +  570.00 +  680.40 +  29.92 =  1294.78
        // total 90.58 + 3570.00 + 10400.40 + 457.42 = 14518.40
        LinePrice totals = proposal.totals();
        assertEquals(Money.of("13223.62", "EUR"), totals.net());
        assertEquals(Money.of("1294.78", "EUR"), totals.tax());
        assertEquals(Money.of("14518.40", "EUR"), totals.total());

        proposal.removeLine(2, now);
        // without the 3000.00 / 570.00 / 3570.00 line
        assertEquals(Money.of("10223.62", "EUR"), proposal.totals().net());
        assertEquals(Money.of("10948.40", "EUR"), proposal.totals().total());
    }

    @Test
    void aCurrencyWithoutMinorUnitRoundsToWholeUnits() {
        Proposal proposal = draftIn("JPY");
        // 1 x 2.5 = 2.5: tie, 2 even -> 2; 1 x 3.5 -> 4; tax 10% of 4 = 0.4 -> 0
        proposal.addLine(product("2.5", "JPY"), BigDecimal.ONE, null, null, now);
        proposal.addLine(product("3.5", "JPY"), BigDecimal.ONE, null, new BigDecimal("10"), now);
        assertEquals(Money.of("6", "JPY"), proposal.totals().net());
        assertEquals(Money.of("0", "JPY"), proposal.totals().tax());
        assertEquals(Money.of("6", "JPY"), proposal.totals().total());
    }
}
