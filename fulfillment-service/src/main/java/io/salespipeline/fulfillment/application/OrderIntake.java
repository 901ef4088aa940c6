package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderKind;
import io.salespipeline.fulfillment.domain.OrderLine;
import io.salespipeline.fulfillment.domain.OrderTotals;
import io.salespipeline.fulfillment.messaging.DealClosedData;
import io.salespipeline.platform.domain.Require;
import io.salespipeline.platform.inbox.InboundEvent;
import io.salespipeline.platform.inbox.StatedPrices;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.stage.StageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Order intake from a closed deal: the customer account and its first order, once per deal. A
 * repeated event is dropped by the inbox; a different event for a deal already taken in finds the
 * customer and the first order there and changes nothing. The first order's amounts are taken
 * only when its own lines give them (platform {@code StatedPrices}).
 */
@ApplicationScoped
public class OrderIntake {

    private static final Logger LOG = Logger.getLogger(OrderIntake.class);

    @Inject
    SupportHandOff handOff;

    @Inject
    CurrentActor actor;

    @Inject
    StageLedger stages;

    @Transactional
    public void takeIn(InboundEvent event, DealClosedData data) {
        UUID dealId = event.dealId();
        DealClosedData.FirstOrder placed = Require.present("firstOrder", data.firstOrder());
        DealClosedData.Customer party = Require.present("customer", data.customer());
        // Whoever can publish on the topic could state any amounts: the lines are priced again and
        // the totals summed; an event that contradicts itself is refused before anything changes.
        StatedPrices.check("firstOrder", placed.currency(), placed.lines(),
                Require.present("firstOrder.totals", placed.totals()));
        Instant now = Instant.now();

        Customer customer = Customer.<Customer>find("dealId", dealId).firstResultOptional().orElse(null);
        if (customer == null) {
            customer = Customer.open(dealId, party.company(), party.contactName(), party.contactEmail(),
                    party.country(), handOff.ownerForNewCustomer(party.country()), now);
            customer.persist();
            customer.handOff(handOff.policy().rule(), actor.name(), now).persist();
        }
        Optional<Order> first = Order.<Order>find("dealId = ?1 and kind = ?2", dealId, OrderKind.FIRST)
                .firstResultOptional();
        if (first.isPresent()) {
            LOG.infof("Deal %s already taken in (order %s); event %s changes nothing", dealId, first.get().id(),
                    event.id());
            return;
        }
        Order order = Order.receiveFirst(customer.id(), dealId, data.contractId(), placed.poNumber(),
                placed.requestedDeliveryDate(), placed.currency(), lines(placed.lines()), totals(placed.totals()),
                actor.name(), "Placed with the closed deal (event " + event.id() + ")", now);
        order.persist();
        stages.entered(order.id(), dealId, now);
    }

    private static List<OrderLine> lines(List<DealClosedData.Line> lines) {
        return lines == null ? List.of() : lines.stream()
                .map(l -> l == null ? null : new OrderLine(l.lineNo() == null ? 0 : l.lineNo(), l.sku(), l.name(),
                        l.unit(), l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRatePercent(), l.net(),
                        l.tax(), l.total()))
                .toList();
    }

    private static OrderTotals totals(DealClosedData.Totals totals) {
        return totals == null ? null : new OrderTotals(totals.net(), totals.tax(), totals.total());
    }
}
