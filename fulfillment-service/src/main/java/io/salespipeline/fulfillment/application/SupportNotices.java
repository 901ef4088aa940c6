package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.fulfillment.domain.KnownPersonArrival;
import io.salespipeline.fulfillment.domain.SupportNotice;
import io.salespipeline.fulfillment.domain.SupportNoticeStatus;
import io.salespipeline.platform.domain.RecordNotFoundException;
import io.salespipeline.platform.persistence.Keyset;
import io.salespipeline.platform.persistence.RetriedOnConcurrentChange;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Support notices: a known person of a customer's company arrived again at lead-service, told to
 * the customer's support owner. They follow the customer: whoever may read the customer reads its
 * notices; a support person's list holds the notices of the customers they own now; the customer's
 * support owner or a sales manager acknowledges one (anyone else: 403).
 */
@ApplicationScoped
@RetriedOnConcurrentChange
public class SupportNotices {

    private static final Logger LOG = Logger.getLogger(SupportNotices.class);

    @Inject
    Customers customers;

    @Inject
    Visibility visibility;

    @Inject
    CurrentActor actor;

    @Inject
    CustomerEvents events;

    /**
     * In the inbox's transaction: a notice on the customer of {@code accountId}, once per arrival,
     * published for whatever tells the support owner. No account, or an account that is no customer
     * here, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SupportNotice> notice(UUID accountId, KnownPersonArrival arrival) {
        if (accountId == null) {
            LOG.debugf("Arrival %s is of a lead with no account: nothing to tell support", arrival.arrivalId());
            return Optional.empty();
        }
        Optional<Customer> customer = Customer.find("accountId", accountId).firstResultOptional();
        if (customer.isEmpty()) {
            LOG.debugf("Arrival %s is of account %s, no customer here: nothing to tell support", arrival.arrivalId(),
                    accountId);
            return Optional.empty();
        }
        if (arrival.arrivalId() != null && SupportNotice.count("arrivalId", arrival.arrivalId()) > 0) {
            LOG.infof("Arrival %s was already noticed", arrival.arrivalId());
            return Optional.empty();
        }
        SupportNotice notice = SupportNotice.of(customer.get(), arrival, Instant.now());
        notice.persist();
        events.noticed(customer.get(), notice);
        LOG.infof("Support notice %s for %s: arrival %s on customer %s", notice.id(), notice.supportOwner(),
                arrival.arrivalId(), notice.customerId());
        return Optional.of(notice);
    }

    /** The customer's notices, oldest first (keyset), if the caller may read the customer (else 404). */
    public List<SupportNotice> ofCustomer(UUID customerId, SupportNoticeStatus status, PageRequest page) {
        customers.read(customerId);
        Keyset keyset = Keyset.after(page).equal("customerId", customerId).equal("status", status);
        return keyset.fetch(SupportNotice.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /** Oldest first (keyset): a support person's of the customers they own now; a sales manager's all. */
    public List<SupportNotice> list(SupportNoticeStatus status, PageRequest page) {
        Keyset keyset = Keyset.after(page).equal("status", status);
        visibility.restrictedTo().ifPresent(viewer -> keyset.where(
                "customerId in (select c.id from Customer c where c.supportOwner = :viewer)", "viewer", viewer));
        return keyset.fetch(SupportNotice.find(keyset.query(), Keyset.ORDER, keyset.parameters()));
    }

    /** By the customer's support owner or a sales manager (else 403); acknowledging again changes nothing. */
    @Transactional
    public SupportNotice acknowledge(UUID id) {
        SupportNotice notice = SupportNotice.<SupportNotice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new RecordNotFoundException("support notice", id));
        Customer customer = Customer.findById(notice.customerId());
        visibility.requireOwnerOrManager(customer.supportOwner());
        notice.acknowledge(actor.name(), Instant.now());
        return notice;
    }
}
