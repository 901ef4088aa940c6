package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.RequestedLine;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import java.time.LocalDate;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.fulfillment.domain.StatusChange;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.fulfillment.domain.OrderKind;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.stage.StageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Order use cases: each status change is one transaction in which the order changes and its event
 * is stored. An order is seen by whoever sees its customer (its support owner, or a sales manager).
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class OrderUseCases {

    @Inject
    Visibility visibility;

    @Inject
    Customers customers;

    @Inject
    OrderStatusEvents events;

    @Inject
    CurrentActor actor;

    /**
     * A later order of an existing customer: RECEIVED, priced here, its receipt published. A
     * customer the caller may not see answers 404 exactly like one that does not exist.
     */
    @Transactional
    public Order place(UUID customerId, String poNumber, LocalDate requestedDeliveryDate, String currency,
            List<RequestedLine> lines) {
        Customer customer = customers.visible(Customer.<Customer>findByIdOptional(
                Require.present("customerId", customerId)).orElse(null), customerId);
        String dealCurrency = Order.<Order>find("customerId = ?1 and kind = ?2", customer.id(), OrderKind.FIRST)
                .firstResultOptional().map(Order::currency).orElse(null);
        Order order = Order.receiveFollowUp(customer, dealCurrency, poNumber, requestedDeliveryDate, currency, lines,
                actor.name(), Instant.now());
        order.persist();
        events.publish(order, order.receipt());
        return order;
    }

    @Inject
    StageLedger stages;

    @Inject
    SurveyLinks surveyLinks;

    @Transactional
    public Order changeStatus(UUID id, OrderStatus target, String note) {
        Order order = get(id);
        StatusChange changed = order.changeStatus(target, note, actor.name(), Instant.now());
        events.publish(order, changed);
        recordExit(order, changed);
        surveyLinks.delivered(order); // the customer's survey link, once the order reached them
        return order;
    }

    /**
     * The fulfilment stage of a deal is its first order: it leaves forward when COMPLETED and ends
     * when CANCELLED (the deal was won; a cancelled order is not a lost deal and is not published as one).
     */
    private void recordExit(Order order, StatusChange changed) {
        if (order.kind() != OrderKind.FIRST) {
            return;
        }
        if (order.status() == OrderStatus.COMPLETED) {
            stages.left(order.id(), order.dealId(), StageOutcome.FORWARD, null, changed.at());
        } else if (order.status() == OrderStatus.CANCELLED) {
            stages.left(order.id(), order.dealId(), StageOutcome.ENDED, "Order cancelled", changed.at());
        }
    }

    public Order get(UUID id) {
        Order order = Order.<Order>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("order", id));
        if (visibility.restrictedTo().isPresent()) {
            Customer customer = Customer.findById(order.customerId());
            visibility.check("order", id, customer == null ? null : customer.supportOwner(), List.of());
        }
        return order;
    }

    /**
     * The order, if the caller may read it: its customer's support owner, the seller who closed
     * the customer's deal, or a sales manager; else 404 like a missing id.
     */
    public Order read(UUID id) {
        Order order = Order.<Order>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("order", id));
        if (visibility.restrictedTo().isPresent()) {
            Customer customer = Customer.findById(order.customerId());
            visibility.check("order", id, customer == null ? null : customer.supportOwner(),
                    customer == null ? List.of() : Customers.readers(customer));
        }
        return order;
    }

    /**
     * Keyset page in id (creation) order, of the orders of the customers the caller may read (as
     * support owner or as the seller who closed the deal); see Keyset.
     */
    public List<Order> list(UUID dealId, UUID customerId, OrderStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("dealId", dealId).equal("customerId", customerId)
                .equal("status", status);
        visibility.restrictedTo().ifPresent(viewer -> keyset.where(
                "customerId in (select c.id from Customer c where c.supportOwner = :viewer or c.seller = :viewer)",
                "viewer", viewer));
        return keyset.fetch(Order.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }
}
