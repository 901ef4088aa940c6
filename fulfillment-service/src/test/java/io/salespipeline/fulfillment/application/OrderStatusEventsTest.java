package io.salespipeline.fulfillment.application;

import static io.salespipeline.fulfillment.domain.OrderStatus.RECEIVED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.fulfillment.domain.OrderTest;
import io.salespipeline.fulfillment.domain.RequestedLine;
import io.salespipeline.fulfillment.domain.StatusChange;
import io.salespipeline.fulfillment.events.OrderStatusChanged;
import io.salespipeline.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStatusEventsTest {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    /** The same event with the domain's statuses in place of their names: the JSON must be identical. */
    record StatusesAsEnums(UUID orderId, UUID customerId, UUID dealId, OrderStatus from, OrderStatus to,
            Instant changedAt) {
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RECEIVED, IN_PROGRESS", "IN_PROGRESS, SHIPPED", "SHIPPED, DELIVERED", "DELIVERED, COMPLETED",
        "RECEIVED, ON_HOLD", "IN_PROGRESS, ON_HOLD",
        "RECEIVED, CANCELLED", "IN_PROGRESS, CANCELLED", "ON_HOLD, CANCELLED"})
    void everyStepOfTheLifecycleIsToldWithTheStatusesByName(OrderStatus from, OrderStatus to) {
        Order order = OrderTest.orderIn(from);

        StatusChange changed = order.changeStatus(to, "step", "ops", now);

        assertEquals(new OrderStatusChanged(order.id(), order.customerId(), order.dealId(), from.name(), to.name(),
                now), OrderStatusEvents.of(order, changed));
    }

    @Test
    void aLaterOrdersReceiptIsToldFromNothingToReceived() {
        Customer customer = Customer.open(UUID.randomUUID(), "Customer GmbH", "Ada", null, null, "ana.support", now);
        Order order = Order.receiveFollowUp(customer, "PO-2", null, "EUR", List.of(new RequestedLine("SKU-1",
                "Licence", "seat", BigDecimal.ONE, Money.of("10.00", "EUR"), null, null)), "seller", now);

        OrderStatusChanged receipt = OrderStatusEvents.of(order, order.receipt());

        assertEquals(new OrderStatusChanged(order.id(), customer.id(), customer.dealId(), null, RECEIVED.name(), now),
                receipt);
    }

    @Test
    void statusNamesWriteTheSameJsonAsTheDomainsStatuses() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Order order = OrderTest.orderIn(OrderStatus.ON_HOLD);
        StatusChange resumed = order.changeStatus(RECEIVED, "go ahead", "ops", now);

        for (StatusChange change : List.of(order.receipt(), resumed)) {
            assertEquals(json.writeValueAsString(new StatusesAsEnums(order.id(), order.customerId(), order.dealId(),
                    change.from(), change.to(), change.at())), json.writeValueAsString(OrderStatusEvents.of(order, change)));
        }
    }
}
