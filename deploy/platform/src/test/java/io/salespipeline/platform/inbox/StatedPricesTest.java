package io.salespipeline.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.money.LinePrice;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedPricesTest {

    record Line(BigDecimal quantity, Money unitPrice, BigDecimal discountPercent, BigDecimal taxRatePercent,
            Money net, Money tax, Money total) implements StatedPrices.Line {
    }

    record Totals(Money net, Money tax, Money total) implements StatedPrices.Totals {
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // 3 x 199.99 less 10% = 539.97 net + 102.59 tax (19%); 1 x 1250.00 = 1250.00 + 237.50.
    private final List<Line> lines = new ArrayList<>(List.of(
            new Line(new BigDecimal("3"), eur("199.99"), BigDecimal.TEN, new BigDecimal("19"), eur("539.97"),
                    eur("102.59"), eur("642.56")),
            new Line(BigDecimal.ONE, eur("1250.00"), BigDecimal.ZERO, new BigDecimal("19"), eur("1250.00"),
                    eur("237.50"), eur("1487.50"))));
    private final Totals totals = new Totals(eur("1789.97"), eur("340.09"), eur("2130.06"));

    @Test
    void consistentPricesPassAndAnswerTheRecomputedSums() {
        LinePrice sum = StatedPrices.check("firstOrder", "eur", lines, totals);
        assertEquals(0, new BigDecimal("2130.06").compareTo(sum.total().amount()));
        StatedPrices.check("firstOrder", "EUR", lines, null);
    }

    @Test
    void totalsTheLinesDoNotGiveAreRefusedWithBothAmounts() {
        Totals cheap = new Totals(eur("0.01"), eur("0.00"), eur("0.01"));
        String reason = assertThrows(InconsistentEventException.class,
                () -> StatedPrices.check("firstOrder", "EUR", lines, cheap)).getMessage();
        assertEquals("Inconsistent event refused: firstOrder.totals.net is 0.01 EUR but the sum of its lines gives"
                + " 1789.97 EUR", reason);
    }

    @Test
    void aLineAmountTheRuleDoesNotGiveIsRefused() {
        lines.set(1, new Line(BigDecimal.ONE, eur("1250.00"), BigDecimal.ZERO, new BigDecimal("19"), eur("1250.00"),
                eur("0.00"), eur("1250.00")));
        String reason = assertThrows(InconsistentEventException.class,
                () -> StatedPrices.check("firstOrder", "EUR", lines, null)).getMessage();
        assertTrue(reason.contains("firstOrder.lines[1].tax is 0.00 EUR but the line's price gives 237.50 EUR"), reason);
    }

    @Test
    void mixedCurrenciesNonPositiveQuantitiesMissingAndEmptyLinesAreRefused() {
        assertRefused("firstOrder.totals.total is in USD", () -> StatedPrices.check("firstOrder", "EUR", lines,
                new Totals(eur("1789.97"), eur("340.09"), Money.of("2130.06", "USD"))));
        assertRefused("firstOrder.lines[0].unitPrice is in USD", () -> StatedPrices.check("firstOrder", "EUR",
                List.of(new Line(BigDecimal.ONE, Money.of("10", "USD"), BigDecimal.ZERO, BigDecimal.ZERO,
                        eur("10.00"), eur("0.00"), eur("10.00"))), null));
        assertRefused("firstOrder.lines[0].quantity is -3", () -> StatedPrices.check("firstOrder", "EUR",
                List.of(new Line(new BigDecimal("-3"), eur("199.99"), BigDecimal.ZERO, BigDecimal.ZERO,
                        eur("-599.97"), eur("0.00"), eur("-599.97"))), null));
        assertRefused("firstOrder.lines[0].quantity is 0", () -> StatedPrices.check("firstOrder", "EUR",
                List.of(new Line(BigDecimal.ZERO, eur("1"), BigDecimal.ZERO, BigDecimal.ZERO, eur("0.00"),
                        eur("0.00"), eur("0.00"))), null));
        assertRefused("firstOrder.lines[0].unitPrice must not be negative", () -> StatedPrices.check("firstOrder",
                "EUR", List.of(new Line(BigDecimal.ONE, eur("-1"), BigDecimal.ZERO, BigDecimal.ZERO, eur("-1.00"),
                        eur("0.00"), eur("-1.00"))), null));
        assertRefused("firstOrder.lines[0].discountPercent", () -> StatedPrices.check("firstOrder", "EUR",
                List.of(new Line(BigDecimal.ONE, eur("1"), new BigDecimal("150"), BigDecimal.ZERO, eur("-0.50"),
                        eur("0.00"), eur("-0.50"))), null));
        assertRefused("firstOrder.lines[1].net is missing", () -> StatedPrices.check("firstOrder", "EUR",
                List.of(lines.get(0), new Line(BigDecimal.ONE, eur("1"), BigDecimal.ZERO, BigDecimal.ZERO, null,
                        eur("0.00"), eur("1.00"))), null));
        List<Line> withHole = new ArrayList<>(lines);
        withHole.add(null);
        assertRefused("firstOrder.lines[2] is empty", () -> StatedPrices.check("firstOrder", "EUR", withHole, null));
        assertRefused("firstOrder.lines has no line", () -> StatedPrices.check("firstOrder", "EUR", List.of(), null));
        assertRefused("firstOrder.lines has no line", () -> StatedPrices.check("firstOrder", "EUR", null, null));
        assertRefused("firstOrder.currency", () -> StatedPrices.check("firstOrder", "XX", lines, null));
    }

    private static void assertRefused(String reasonPart, org.junit.jupiter.api.function.Executable check) {
        String reason = assertThrows(InconsistentEventException.class, check).getMessage();
        assertTrue(reason.contains(reasonPart), reason);
    }
}
