package io.salespipeline.fulfillment.domain;

import static io.salespipeline.fulfillment.domain.OrderStatus.CANCELLED;
import static io.salespipeline.fulfillment.domain.OrderStatus.COMPLETED;
import static io.salespipeline.fulfillment.domain.OrderStatus.DELIVERED;
import static io.salespipeline.fulfillment.domain.OrderStatus.IN_PROGRESS;
import static io.salespipeline.fulfillment.domain.OrderStatus.ON_HOLD;
import static io.salespipeline.fulfillment.domain.OrderStatus.RECEIVED;
import static io.salespipeline.fulfillment.domain.OrderStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.InvalidInputException;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

public class OrderTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    public static Order newOrder() {
        OrderLine line = new OrderLine(1, "SKU-1", "Licence", "seat", new BigDecimal("3"), Money.of("199.99", "EUR"),
                new BigDecimal("10"), new BigDecimal("19"), Money.of("539.97", "EUR"), Money.of("102.59", "EUR"),
                Money.of("642.56", "EUR"));
        return Order.receiveFirst(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "PO-1",
                LocalDate.parse("2027-01-15"), "eur", List.of(line),
                new OrderTotals(line.net(), line.tax(), line.total()), "system", "from the deal",
                Instant.parse("2026-11-30T09:00:00Z"));
    }

    /** An order brought to {@code status} by allowed steps. */
    public static Order orderIn(OrderStatus status) {
        Order order = newOrder();
        List<OrderStatus> path = switch (status) {
            case RECEIVED -> List.of();
            case IN_PROGRESS -> List.of(IN_PROGRESS);
            case SHIPPED -> List.of(IN_PROGRESS, SHIPPED);
            case DELIVERED -> List.of(IN_PROGRESS, SHIPPED, DELIVERED);
            case COMPLETED -> List.of(IN_PROGRESS, SHIPPED, DELIVERED, COMPLETED);
            case ON_HOLD -> List.of(ON_HOLD);
            case CANCELLED -> List.of(CANCELLED);
        };
        path.forEach(next -> order.changeStatus(next, null, "ops", Instant.parse("2026-11-30T10:00:00Z")));
        return order;
    }

    @Test
    void startsReceivedWithItsReceiptInTheHistory() {
        Order order = newOrder();
        assertEquals(RECEIVED, order.status());
        assertEquals(OrderKind.FIRST, order.kind());
        assertEquals("EUR", order.currency());
        assertEquals(Money.of("642.56", "EUR"), order.totals().total());
        assertEquals(1, order.history().size());
        assertNull(order.history().get(0).from());
        assertEquals(RECEIVED, order.history().get(0).to());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RECEIVED, IN_PROGRESS", "IN_PROGRESS, SHIPPED", "SHIPPED, DELIVERED", "DELIVERED, COMPLETED",
        "RECEIVED, ON_HOLD", "IN_PROGRESS, ON_HOLD",
        "RECEIVED, CANCELLED", "IN_PROGRESS, CANCELLED", "ON_HOLD, CANCELLED"})
    void allowsEveryStepOfTheLifecycle(OrderStatus from, OrderStatus to) {
        Order order = orderIn(from);
        int entries = order.history().size();

        StatusChange changed = order.changeStatus(to, "step", "ops", now);

        assertEquals(to, order.status());
        StatusChange last = order.history().get(entries);
        assertSame(last, changed);
        assertEquals(from, last.from());
        assertEquals(to, last.to());
        assertEquals(now, last.at());
        assertEquals("ops", last.by());
        assertEquals("step", last.note());
        assertEquals(now, order.updatedAt());
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @CsvSource({
        "RECEIVED, SHIPPED", "RECEIVED, DELIVERED", "RECEIVED, COMPLETED", "RECEIVED, RECEIVED",
        "IN_PROGRESS, RECEIVED", "IN_PROGRESS, DELIVERED",
        "SHIPPED, ON_HOLD", "SHIPPED, CANCELLED", "SHIPPED, IN_PROGRESS",
        "DELIVERED, CANCELLED", "DELIVERED, SHIPPED",
        "COMPLETED, CANCELLED", "COMPLETED, IN_PROGRESS",
        "CANCELLED, RECEIVED", "CANCELLED, IN_PROGRESS",
        "ON_HOLD, ON_HOLD", "ON_HOLD, SHIPPED", "ON_HOLD, IN_PROGRESS"})
    void refusesWhatTheLifecycleDoesNotAllowAndChangesNothing(OrderStatus from, OrderStatus to) {
        Order order = orderIn(from);
        int entries = order.history().size();
        Instant updated = order.updatedAt();

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> order.changeStatus(to, null, "ops", now));

        assertEquals(from.name(), refused.currentState());
        assertEquals("order", refused.record());
        assertEquals(from, order.status());
        assertEquals(entries, order.history().size());
        assertEquals(updated, order.updatedAt());
    }

    @Test
    void resumesToTheStateItWasHeldFrom() {
        Order received = orderIn(RECEIVED);
        received.changeStatus(ON_HOLD, "customer asked to wait", "ops", now);
        assertEquals(RECEIVED, received.heldFrom());
        assertEquals(Set.of(RECEIVED, CANCELLED), received.allowedNext());
        assertThrows(IllegalTransitionException.class, () -> received.changeStatus(IN_PROGRESS, null, "ops", now));
        received.changeStatus(RECEIVED, "go ahead", "ops", now);
        assertEquals(RECEIVED, received.status());
        assertNull(received.heldFrom());

        Order working = orderIn(IN_PROGRESS);
        working.changeStatus(ON_HOLD, null, "ops", now);
        assertEquals(Set.of(IN_PROGRESS, CANCELLED), working.allowedNext());
        assertThrows(IllegalTransitionException.class, () -> working.changeStatus(RECEIVED, null, "ops", now));
        StatusChange resumed = working.changeStatus(IN_PROGRESS, null, "ops", now);
        assertEquals(ON_HOLD, resumed.from());
        assertEquals(IN_PROGRESS, resumed.to());
        working.changeStatus(SHIPPED, null, "ops", now);
        assertEquals(SHIPPED, working.status());
    }

    @Test
    void endStatesAllowNothing() {
        assertEquals(Set.of(), orderIn(COMPLETED).allowedNext());
        assertEquals(Set.of(), orderIn(CANCELLED).allowedNext());
    }

    @Test
    void badInputIsRefusedBeforeAnythingChanges() {
        Order order = newOrder();
        assertThrows(InvalidInputException.class, () -> order.changeStatus(IN_PROGRESS, "x".repeat(2001), "ops", now));
        assertThrows(InvalidInputException.class, () -> order.changeStatus(null, null, "ops", now));
        assertEquals(RECEIVED, order.status());
        assertEquals(1, order.history().size());
    }

    @Test
    void refusesAnOrderWithoutLinesOrWithAmountsInAnotherCurrency() {
        OrderTotals eur = new OrderTotals(Money.of("1", "EUR"), Money.of("0", "EUR"), Money.of("1", "EUR"));
        assertThrows(InvalidInputException.class, () -> Order.receiveFirst(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), null, null, "EUR", List.of(), eur, "system", null, now));
        OrderLine line = newOrder().lines().get(0);
        assertThrows(InvalidInputException.class, () -> Order.receiveFirst(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), null, null, "USD", List.of(line),
                new OrderTotals(Money.of("1", "USD"), Money.of("0", "USD"), Money.of("1", "USD")), "system", null,
                now));
    }

    @Test
    void aLaterOrderIsPricedByTheLineRuleAndItsReceiptIsInItsHistory() {
        Customer customer = Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", null, null, "ana.support", now);
        Order order = Order.receiveFollowUp(customer, "PO-2", LocalDate.parse("2027-02-01"), "eur", List.of(
                new RequestedLine("SKU-1", "Licence", "seat", new BigDecimal("3"), Money.of("199.99", "EUR"),
                        new BigDecimal("10"), new BigDecimal("19")),
                new RequestedLine("ONB", null, null, new BigDecimal("1"), Money.of("1250.00", "EUR"), null,
                        new BigDecimal("19"))), "seller", now);
        assertEquals(OrderKind.FOLLOW_UP, order.kind());
        assertEquals(RECEIVED, order.status());
        assertEquals(customer.dealId(), order.dealId());
        assertNull(order.contractId());
        assertEquals(new BigDecimal("539.97"), order.lines().get(0).net().amount());
        assertEquals(2, order.lines().get(1).lineNo());
        assertEquals("ONB", order.lines().get(1).name());
        assertEquals(new BigDecimal("2130.06"), order.totals().total().amount());
        StatusChange receipt = order.receipt();
        assertNull(receipt.from());
        assertEquals(RECEIVED, receipt.to());
    }

    @Test
    void aLaterOrderRefusesBadLines() {
        Customer customer = Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", null, null, "ana.support", now);
        for (RequestedLine bad : new RequestedLine[] {
            new RequestedLine("S", "n", "u", BigDecimal.ZERO, Money.of("1.00", "EUR"), null, null),
            new RequestedLine("S", "n", "u", BigDecimal.ONE, Money.of("1.00", "USD"), null, null),
            new RequestedLine("S", "n", "u", BigDecimal.ONE, Money.of("-1.00", "EUR"), null, null),
            new RequestedLine("S", "n", "u", BigDecimal.ONE, Money.of("1.00", "EUR"), new BigDecimal("101"), null),
            new RequestedLine(" ", "n", "u", BigDecimal.ONE, Money.of("1.00", "EUR"), null, null),
            new RequestedLine("S", "n", "u", BigDecimal.ONE, null, null, null)}) {
            assertThrows(InvalidInputException.class,
                    () -> Order.receiveFollowUp(customer, null, null, "EUR", List.of(bad), "s", now), bad::toString);
        }
        assertThrows(InvalidInputException.class,
                () -> Order.receiveFollowUp(customer, null, null, "EUR", List.of(), "s", now));
    }

    @Test
    void aLaterOrderIsInTheDealsCurrencyNeverAnother() {
        Customer customer = Customer.open(UUID.randomUUID(), "Globex Corporation", "Hank", null, null, "ana.support",
                now);
        RequestedLine euros = new RequestedLine("S", "n", "u", BigDecimal.ONE, Money.of("10.00", "EUR"), null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Order.receiveFollowUp(customer, "USD", null, null, "EUR", List.of(euros), "s", now));
        assertEquals("currency", refused.errors().get(0).field());
        RequestedLine dollars = new RequestedLine("S", "n", "u", BigDecimal.ONE, Money.of("10.00", "USD"), null, null);
        assertEquals("USD", Order.receiveFollowUp(customer, "USD", null, null, "usd", List.of(dollars), "s", now)
                .currency());
    }
}
