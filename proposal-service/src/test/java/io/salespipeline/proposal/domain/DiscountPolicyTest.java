package io.salespipeline.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the discount policy on its own, and the policy an admin sets. */
class DiscountPolicyTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Product seat = Product.of("PIPE-CRM-SEAT", "Pipeline CRM seat", null, "seat-month",
            Money.of("29.00", "EUR"), true);

    private ProposalLine line(int lineNo, String quantity, String discount) {
        return ProposalLine.offered(lineNo, seat, new BigDecimal(quantity), null, new BigDecimal(discount), null, "EUR");
    }

    @Test
    void theLineRuleFindsEachLineAboveItsPercentageAndNotOneAtIt() {
        LineDiscountLimit rule = new LineDiscountLimit(BigDecimal.valueOf(20));
        List<DiscountBreach> breaches = rule.breachesOf(List.of(line(1, "10", "20"), line(2, "10", "20.001"),
                line(3, "1", "25")), "EUR");
        assertEquals(List.of(2, 3), breaches.stream().map(DiscountBreach::lineNo).toList());
        assertEquals("line 3 (PIPE-CRM-SEAT) has a 25 % discount, above the 20 % a seller may give",
                breaches.get(1).detail());
        assertTrue(breaches.stream().allMatch(breach -> breach.rule().equals(LineDiscountLimit.NAME)));
    }

    @Test
    void theTotalRuleAddsWhatTheDiscountsTakeOffEveryLine() {
        // 40 x 29.00 = 1160.00, 10 % off: 116.00; 10 x 29.00 = 290.00, 5 % off: 14.50; together 130.50.
        List<ProposalLine> lines = List.of(line(1, "40", "10"), line(2, "10", "5"));
        assertEquals(List.of(), new TotalDiscountLimit(Money.of("130.50", "EUR")).breachesOf(lines, "EUR"));
        List<DiscountBreach> breaches = new TotalDiscountLimit(Money.of("130.49", "EUR")).breachesOf(lines, "EUR");
        assertEquals(1, breaches.size());
        assertEquals(null, breaches.get(0).lineNo());
        assertEquals("the proposal's discounts add up to 130.50 EUR, above the 130.49 EUR a seller may give",
                breaches.get(0).detail());
    }

    @Test
    void aLimitInAnotherCurrencyIsNeverConvertedSoAnyDiscountNeedsApproval() {
        TotalDiscountLimit rule = new TotalDiscountLimit(Money.of("1000000", "USD"));
        assertEquals(1, rule.breachesOf(List.of(line(1, "1", "1")), "EUR").size());
        assertEquals(List.of(), rule.breachesOf(List.of(line(1, "1", "0")), "EUR"));
    }

    @Test
    void outOfTheBoxOnlyALineDiscountAbove20PercentNeedsApproval() {
        DiscountPolicy standard = DiscountPolicy.standard();
        assertEquals(List.of(LineDiscountLimit.NAME), standard.rules().stream().map(DiscountRule::name).toList());
        assertEquals(List.of(), standard.breachesOf(List.of(line(1, "100000", "20")), "EUR"));
        assertEquals(1, standard.breachesOf(List.of(line(1, "1", "20.5")), "EUR").size());
    }

    @Test
    void anAdminSetsBothLimitsAndEachRuleSpeaksForItself() {
        DiscountPolicy policy = DiscountPolicy.standard();
        policy.change(new BigDecimal("15.50"), Money.of("100", "EUR"), "ada.admin (admin)", now);
        assertEquals(new BigDecimal("15.5"), policy.maxLineDiscountPercent());
        assertEquals(List.of(LineDiscountLimit.NAME, TotalDiscountLimit.NAME),
                policy.rules().stream().map(DiscountRule::name).toList());
        List<DiscountBreach> breaches = policy.breachesOf(List.of(line(1, "40", "16")), "EUR");
        assertEquals(List.of(LineDiscountLimit.NAME, TotalDiscountLimit.NAME),
                breaches.stream().map(DiscountBreach::rule).toList());
        assertEquals("ada.admin (admin)", policy.updatedBy());
        assertEquals(now, policy.updatedAt());
        policy.change(new BigDecimal("100"), null, "ada.admin (admin)", now);
        assertEquals(List.of(), policy.breachesOf(List.of(line(1, "40", "100")), "EUR"));
    }

    @Test
    void aPolicyOutsideItsBoundsIsRefusedAndKeepsWhatItWas() {
        DiscountPolicy policy = DiscountPolicy.standard();
        assertEquals("maxLineDiscountPercent", assertThrows(InvalidInputException.class,
                () -> policy.change(new BigDecimal("100.5"), null, "a", now)).errors().get(0).field());
        assertEquals("maxLineDiscountPercent", assertThrows(InvalidInputException.class,
                () -> policy.change(null, null, "a", now)).errors().get(0).field());
        assertEquals("maxTotalDiscount.amount", assertThrows(InvalidInputException.class,
                () -> policy.change(BigDecimal.TEN, Money.of("-1", "EUR"), "a", now)).errors().get(0).field());
        assertEquals("maxTotalDiscount.amount", assertThrows(InvalidInputException.class,
                () -> policy.change(BigDecimal.TEN, Money.of("1.001", "EUR"), "a", now)).errors().get(0).field());
        assertEquals(DiscountPolicy.STANDARD_LINE_LIMIT, policy.maxLineDiscountPercent());
        assertEquals(null, policy.maxTotal());
    }
}
