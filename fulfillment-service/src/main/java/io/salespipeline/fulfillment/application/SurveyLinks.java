package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.Order;
import io.salespipeline.fulfillment.domain.OrderStatus;
import io.salespipeline.fulfillment.domain.Survey;
import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.customerlink.CustomerLinkView;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.customerlink.IssuedLink;
import io.salespipeline.platform.customerlink.LinkContact;
import io.salespipeline.platform.customerlink.LinkRequest;
import io.salespipeline.platform.customerlink.LinkState;
import io.salespipeline.platform.domain.IllegalTransitionException;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The survey links the customer's contact is given (platform customer links, purpose SURVEY): one
 * when an order is delivered, and one whenever staff invite the customer to rate an order or the
 * relationship. Staff list, re-issue and revoke them, never seeing a token or URL, so only the
 * customer can answer.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class SurveyLinks {

    static final CustomerLinkPurpose PURPOSE = CustomerLinkPurpose.SURVEY;
    /** Orders and customers have no versions; a survey link is about the record as it is. */
    private static final int RECORD_VERSION = 1;

    @Inject
    CustomerLinks links;

    @Inject
    Customers customers;

    @Inject
    OrderUseCases orders;

    @Inject
    Clock clock;

    /** Joins the status change's transaction: a delivered order's survey link, when its contact can be reached. */
    @Transactional(Transactional.TxType.MANDATORY)
    void delivered(Order order) {
        if (order.status() != OrderStatus.DELIVERED || answerAbout(order) != null) {
            return;
        }
        Customer customer = Customer.findById(order.customerId());
        if (customer.contactEmail() != null) { // an erased contact cannot be reached
            links.issue(request(customer, order.id()));
        }
    }

    /** Invites the customer to rate one delivered order: a new link (its earlier live one revoked) until answered. */
    @Transactional
    public CustomerLinkView inviteAboutOrder(UUID orderId) {
        Order order = orders.get(orderId);
        Customer customer = lockedVisible(order.customerId());
        Survey.requireSurveyable(order, answerAbout(order));
        return issued(links.issue(request(reachable(customer), order.id())));
    }

    /** Invites the customer to rate the relationship as a whole (as often as staff like). */
    @Transactional
    public CustomerLinkView inviteAboutCustomer(UUID customerId) {
        Customer customer = reachable(lockedVisible(customerId));
        return issued(links.issue(request(customer, customer.id())));
    }

    /** The customer's survey links, newest first, as staff may see them. */
    @Transactional
    public List<CustomerLinkView> list(UUID customerId) {
        return links.forDeal(PURPOSE, customers.get(customerId).dealId());
    }

    @Transactional
    public CustomerLinkView get(UUID customerId, UUID linkId) {
        return CustomerLinkView.of(linkOf(customers.get(customerId), linkId), clock.instant());
    }

    /** A new link in place of this one (the e-mail was lost, it expired), until the customer answered. */
    @Transactional
    public CustomerLinkView reissue(UUID customerId, UUID linkId) {
        Customer customer = lockedVisible(customerId);
        CustomerLink link = linkOf(customer, linkId);
        if (link.state(clock.instant()) == LinkState.USED) {
            throw new IllegalTransitionException("customer link", LinkState.USED, "re-issue",
                    "The customer answered through this link at " + link.usedAt() + ".");
        }
        if (!link.recordId().equals(customer.id())) {
            Order order = Order.findById(link.recordId());
            Survey.requireSurveyable(order, answerAbout(order));
        }
        return issued(links.reissue(link.id(), null));
    }

    @Transactional
    public CustomerLinkView revoke(UUID customerId, UUID linkId) {
        CustomerLink link = linkOf(customers.get(customerId), linkId);
        links.revoke(link.id());
        return CustomerLinkView.of(link, clock.instant());
    }

    /** The customer's answer about the order through a link, or null. */
    static Survey answerAbout(Order order) {
        return Survey.<Survey>find("orderId = ?1 and linkId is not null", order.id()).firstResult();
    }

    private Customer lockedVisible(UUID customerId) {
        // Locked like an answer locks it: an invitation and the customer's answer do not cross.
        return customers.visible(Customer.<Customer>findByIdOptional(customerId, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null), customerId);
    }

    private static Customer reachable(Customer customer) {
        if (customer.contactEmail() == null) {
            throw new IllegalTransitionException("customer", CustomerContact.UNREACHABLE, "survey invitation",
                    "The customer's contact has no e-mail address (or was erased): a survey link could not reach them.");
        }
        return customer;
    }

    /** Whether the contact can be sent a link. */
    enum CustomerContact {
        UNREACHABLE
    }

    /**
     * The contact the link goes to. The customer does not know its contact's person id; its deal
     * stands for them (the key their name and e-mail are encrypted with, as in DealClosed).
     */
    private static LinkRequest request(Customer customer, UUID recordId) {
        return new LinkRequest(PURPOSE, customer.dealId(), recordId, RECORD_VERSION,
                new LinkContact(customer.dealId(), customer.contactName(), customer.contactEmail()), null);
    }

    private CustomerLinkView issued(IssuedLink issued) {
        return CustomerLinkView.of(links.byId(issued.linkId()), clock.instant());
    }

    /** A survey link of this customer's deal; any other id answers 404 like one that does not exist. */
    private CustomerLink linkOf(Customer customer, UUID linkId) {
        CustomerLink link = CustomerLink.findById(linkId);
        if (link == null || link.purpose() != PURPOSE || !link.dealId().equals(customer.dealId())) {
            throw new RecordNotFoundException("customer link", linkId);
        }
        return link;
    }
}
