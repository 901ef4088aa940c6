package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void aScoreIsAWholeNumberFrom0To10() {
        assertEquals(0, Survey.aboutCustomer(customer, 0, null, "x", now).score());
        assertEquals(10, Survey.aboutCustomer(customer, 10, "great", "x", now).score());
        for (Integer bad : new Integer[] {-1, 11, null}) {
            assertThrows(InvalidInputException.class, () -> Survey.aboutCustomer(customer, bad, null, "x", now));
        }
    }

    @Test
    void aSurveyCountsForTheSupportOwnerOfItsTime() {
        Survey before = Survey.aboutCustomer(customer, 9, null, "x", now);
        customer.reassign("ben.support", "holiday cover",
                new HandOffPolicy(HandOffRule.FEWEST_CUSTOMERS, new SupportRoster(List.of("ana.support", "ben.support")),
                        List.of()), "manager", now);
        Survey after = Survey.aboutCustomer(customer, 3, null, "x", now);
        assertEquals("ana.support", before.supportOwner());
        assertEquals("ben.support", after.supportOwner());
    }

    @Test
    void anOrderIsSurveyedOnceAfterDeliveryAndOnlyForItsCustomer() {
        Order delivered = orderIn(OrderStatus.IN_PROGRESS, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        Survey survey = Survey.aboutOrder(customer, delivered, false, 8, "on time", "x", now);
        assertEquals(delivered.id(), survey.orderId());
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> Survey.aboutOrder(customer, delivered, true, 8, null, "x", now));
        assertEquals("DELIVERED", again.currentState());
        IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
                () -> Survey.aboutOrder(customer, orderIn(OrderStatus.IN_PROGRESS), false, 8, null, "x", now));
        assertEquals("IN_PROGRESS", early.currentState());
        Customer other = Customer.open(UUID.randomUUID(), "Other", "Bo", null, null, "ben.support", now);
        assertThrows(InvalidInputException.class, () -> Survey.aboutOrder(other, delivered, false, 8, null, "x", now));
    }

    @Test
    void theLatestSurveyIsTheCustomersScore() {
        assertNull(customer.latestSurveyScore());
        customer.surveyed(Survey.aboutCustomer(customer, 7, null, "x", now));
        customer.surveyed(Survey.aboutCustomer(customer, 4, null, "x", now.plusSeconds(60)));
        customer.surveyed(Survey.aboutCustomer(customer, 10, null, "x", now.minusSeconds(60)));
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
