package io.salespipeline.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
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

    private static final Duration WEEK = Duration.ofDays(7);

    private Survey answer(Integer score, Instant at) {
        return SurveyInvitation.aboutCustomer(customer, "hash-" + UUID.randomUUID(), "ana.support", at, WEEK)
                .answer(customer, score, null, "customer", at);
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
    void anInvitationIsAnsweredOnceBeforeItExpires() {
        SurveyInvitation invitation = SurveyInvitation.aboutCustomer(customer, "hash-1", "ana.support", now, WEEK);
        assertEquals(SurveyInvitation.State.OPEN, invitation.state(now.plus(WEEK).minusSeconds(1)));
        assertEquals(SurveyInvitation.State.EXPIRED, invitation.state(now.plus(WEEK)));
        assertThrows(IllegalStateException.class, () -> invitation.answer(customer, 9, null, "customer", now.plus(WEEK)));
        Customer other = Customer.open(UUID.randomUUID(), "Other", "Bo", null, null, "ben.support", now);
        assertThrows(IllegalStateException.class, () -> invitation.answer(other, 9, null, "customer", now));

        Survey survey = invitation.answer(customer, 9, "fine", "customer", now.plusSeconds(5));
        assertEquals(invitation.id(), survey.invitationId());
        assertEquals(SurveyInvitation.State.ANSWERED, invitation.state(now.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> invitation.answer(customer, 9, null, "customer", now));
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class,
                () -> invitation.reissue("hash-2", "ana.support", now, WEEK));
        assertEquals("ANSWERED", again.currentState());
    }

    @Test
    void aReissuedInvitationHasANewTokenAndExpiry() {
        SurveyInvitation invitation = SurveyInvitation.aboutCustomer(customer, "hash-1", "ana.support", now, WEEK);
        invitation.reissue("hash-2", "max.manager", now.plus(WEEK), WEEK);
        assertEquals(SurveyInvitation.State.OPEN, invitation.state(now.plus(WEEK)));
        assertEquals(now.plus(WEEK).plus(WEEK), invitation.expiresAt());
        assertEquals("max.manager", invitation.issuedBy());
    }

    @Test
    void anOrderIsAskedAboutAfterDeliveryAndOnlyForItsCustomer() {
        Order delivered = orderIn(OrderStatus.IN_PROGRESS, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        Survey survey = SurveyInvitation.aboutOrder(customer, delivered, "hash-1", "ana.support", now, WEEK)
                .answer(customer, 8, "on time", "customer", now);
        assertEquals(delivered.id(), survey.orderId());
        IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
                () -> SurveyInvitation.aboutOrder(customer, orderIn(OrderStatus.IN_PROGRESS), "hash-2", "ana.support",
                        now, WEEK));
        assertEquals("IN_PROGRESS", early.currentState());
        Customer other = Customer.open(UUID.randomUUID(), "Other", "Bo", null, null, "ben.support", now);
        assertThrows(InvalidInputException.class,
                () -> SurveyInvitation.aboutOrder(other, delivered, "hash-3", "ana.support", now, WEEK));
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
