package io.salespipeline.contract.application;

import io.salespipeline.contract.domain.Contract;
import io.salespipeline.contract.domain.OrderChannel;
import io.salespipeline.platform.customerlink.CustomerLink;
import io.salespipeline.platform.customerlink.CustomerLinkPurpose;
import io.salespipeline.platform.customerlink.CustomerLinks;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.web.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The customer places the first order on their first-order link's page (PO number, requested
 * delivery date; every accepted line): recorded as received through the link, which it spends.
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class CustomerOrders {

    static final CustomerLinkPurpose PURPOSE = CustomerLinkPurpose.FIRST_ORDER;

    /** What the page shows: the link and its contract. */
    public record Ordering(CustomerLink link, Contract contract) {
    }

    @Inject
    CustomerLinks links;

    @Inject
    ContractUseCases contracts;

    @Inject
    CurrentActor actor;

    @Transactional
    public Ordering open(String token) {
        CustomerLink link = links.open(token, PURPOSE);
        return new Ordering(link, Contract.findById(link.recordId()));
    }

    @Transactional
    public Contract place(String token, String poNumber, LocalDate requestedDeliveryDate) {
        CustomerLink link = links.open(token, PURPOSE);
        Contract contract = Contract.findById(link.recordId());
        links.use(token, PURPOSE);
        actor.actAs("customer-link:" + link.id());
        return contracts.placeFirstOrder(contract, poNumber, requestedDeliveryDate, null, actor.name(),
                OrderChannel.CUSTOMER_LINK);
    }
}
