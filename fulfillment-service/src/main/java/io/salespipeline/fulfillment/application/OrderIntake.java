package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import io.salespipeline.fulfillment.domain.OrderKind;
import io.salespipeline.platform.inbox.InconsistentEventException;
import io.salespipeline.platform.stage.StageLedger;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Order intake from a closed deal: the customer account (the existing one of the deal's company
 * account, else a new one) and the deal's first order, once per deal. A
 * deal already taken in, told again by another event that states the same first order, finds
 * the customer and the order there and changes nothing; one that states another first order (a
 * second contract, other lines or amounts) contradicts the order taken in and is refused: the
 * first one taken in stays.
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

    @Inject
    CustomerEvents events;

    @Transactional
    public void takeIn(ClosedDeal deal) {
        UUID dealId = deal.dealId();
        ClosedDeal.NewCustomer party = deal.customer();
        ClosedDeal.FirstOrder placed = deal.firstOrder();
        Instant now = Instant.now();

        Optional<Order> first = Order.<Order>find("dealId = ?1 and kind = ?2", dealId, OrderKind.FIRST)
                .firstResultOptional();
        if (first.isPresent()) {
            FirstOrderMatch.difference(deal, first.get()).ifPresent(difference -> {
                throw new InconsistentEventException("Inconsistent event refused: deal " + dealId
                        + " already has its first order " + first.get().id() + " from contract "
                        + first.get().contractId() + "; " + deal.source() + " contradicts it: " + difference);
            });
            LOG.infof("Deal %s already taken in (order %s); %s changes nothing", dealId, first.get().id(),
                    deal.source());
            return;
        }
        Customer customer = existingCustomer(dealId, deal.accountId());
        if (customer == null) {
            customer = Customer.open(dealId, party.company(), party.contactName(), party.contactEmail(),
                    party.country(), handOff.ownerForNewCustomer(party.country()), now);
            customer.handedOverBy(deal.seller(), deal.briefing());
            customer.forAccount(deal.accountId());
            customer.persist();
            SupportAssignment assignment = customer.handOff(handOff.policy().rule(), actor.name(), now);
            assignment.persist();
            events.assigned(customer, assignment);
        }
        Order order = Order.receiveFirst(customer.id(), dealId, deal.contractId(), placed.poNumber(),
                placed.requestedDeliveryDate(), placed.currency(), placed.lines(), placed.totals(),
                actor.name(), "Placed with the closed deal (" + deal.source() + ")", now);
        order.attributeTo(deal.attribution());
        order.persist();
        stages.entered(order.id(), dealId, now);
    }

    /**
     * The customer this deal's order goes to: the one this deal opened (told again), else the one
     * of its company account (a later deal of an existing customer); null: a new customer. Two
     * deals of one new account taken in at once: the unique account index refuses the second
     * customer, and the inbox's retry finds the first.
     */
    private static Customer existingCustomer(UUID dealId, UUID accountId) {
        return Customer.<Customer>find("dealId", dealId).firstResultOptional()
                .or(() -> accountId == null ? java.util.Optional.empty()
                        : Customer.<Customer>find("accountId", accountId).firstResultOptional())
                .orElse(null);
    }
}
