package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.customerlink.LinkEvidence;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Customer customer = Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", "ada@example.com",
            "DE", "ana.support", now);

    private Order orderIn(OrderStatus... path) {
        Order order = Order.receiveFollowUp(customer, null, null, "EUR", List.of(new RequestedLine("SKU", "Thing",
                "piece", BigDecimal.ONE, Money.of("10.00", "EUR"), null, null)), "seller", now);
        for (OrderStatus step : path) {
            order.changeStatus(step, null, "support", now);
        }
        return order;
    }

    private static LinkEvidence evidence() {
        return new LinkEvidence(UUID.randomUUID(), "198.51.100.20", "Mozilla/5.0");
    }

    private Survey answer(Integer score, Instant at) {
        return Survey.answering(customer, null, score, null, evidence(), "customer-link:x", at);
    }

    @Test
    void aScoreIsAWholeNumberFrom0To10() {
        assertEquals(0, answer(0, now).score());
        assertEquals(10, answer(10, now).score());
        for (Integer bad : new Integer[] {-1, 11, null}) {
            assertThrows(InvalidInputException.class, () -> answer(bad, now));
        }
    }

    @Test
    void aSurveyCountsForTheSupportOwnerOfItsTime() {
        Survey before = answer(9, now);
        customer.reassign("ben.support", "holiday cover",
                new HandOffPolicy(HandOffRule.FEWEST_CUSTOMERS, new SupportRoster(List.of("ana.support", "ben.support")),
                        List.of()), "manager", now);
        Survey after = answer(3, now);
        assertEquals("ana.support", before.supportOwner());
        assertEquals("ben.support", after.supportOwner());
        assertTrue(after.fromCustomer());
    }

    @Test
    void anAnswerKeepsItsLinkEvidenceAndCountsAsTheCustomers() {
        LinkEvidence evidence = new LinkEvidence(UUID.randomUUID(), "203.0.113.9", " " + "x".repeat(600));
        Survey survey = Survey.answering(customer, null, 9, "fine", evidence, "customer-link:" + evidence.linkId(), now);
        assertTrue(survey.fromCustomer());
        assertEquals(evidence.linkId(), survey.evidence().linkId());
        assertEquals("203.0.113.9", survey.evidence().ipAddress());
        assertEquals(500, survey.evidence().userAgent().length());
        assertNull(survey.orderId());
        assertThrows(InvalidInputException.class,
                () -> Survey.answering(customer, null, 9, null, null, "customer-link:x", now));
    }

    @Test
    void anOrderIsAskedAboutAfterDeliveryOnceAndOnlyForItsCustomer() {
        Order delivered = orderIn(OrderStatus.IN_PROGRESS, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        Survey.requireSurveyable(delivered, null);
        Survey survey = Survey.answering(customer, delivered, 8, "on time", evidence(), "customer-link:x", now);
        assertEquals(delivered.id(), survey.orderId());
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> Survey.requireSurveyable(delivered, survey));
        assertEquals("DELIVERED", again.currentState());
        IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
                () -> Survey.requireSurveyable(orderIn(OrderStatus.IN_PROGRESS), null));
        assertEquals("IN_PROGRESS", early.currentState());
        Customer other = Customer.open(UUID.randomUUID(), "Other", "Bo", null, null, "ben.support", now);
        assertThrows(InvalidInputException.class,
                () -> Survey.answering(other, delivered, 8, null, evidence(), "customer-link:x", now));
    }

    @Test
    void theLatestSurveyIsTheCustomersScore() {
        assertNull(customer.latestSurveyScore());
        customer.surveyed(answer(7, now));
        customer.surveyed(answer(4, now.plusSeconds(60)));
        customer.surveyed(answer(10, now.minusSeconds(60)));
        assertEquals(4, customer.latestSurveyScore());
        assertEquals(now.plusSeconds(60), customer.latestSurveyAt());
    }

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // 3 promoters (9, 10, 9), 2 passives (7, 8), 2 detractors (0, 6): (3 - 2) / 7 = 14.285... -> 14.3
        NetPromoterScore nps = NetPromoterScore.of(List.of(9, 10, 9, 7, 8, 0, 6));
        assertEquals(7, nps.responses());
        assertEquals(3, nps.promoters());
        assertEquals(2, nps.passives());
        assertEquals(2, nps.detractors());
        assertEquals(new BigDecimal("14.3"), nps.nps());
        assertEquals(new BigDecimal("-100.0"), NetPromoterScore.of(List.of(0, 6, 3)).nps());
        assertEquals(new BigDecimal("100.0"), NetPromoterScore.of(List.of(9)).nps());
        assertEquals(new BigDecimal("0.0"), NetPromoterScore.of(List.of(7, 8)).nps());
        assertNull(NetPromoterScore.of(List.of()).nps(), "no responses: no score");
    }
}
