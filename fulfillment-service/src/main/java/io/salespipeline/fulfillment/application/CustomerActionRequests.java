package io.salespipeline.fulfillment.application;

import io.salespipeline.fulfillment.events.CustomerActionRequested;
import io.salespipeline.platform.customerlink.CustomerActionEvents;
import io.salespipeline.platform.customerlink.RequestedAction;
import io.salespipeline.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Each survey link issued here as this service's CustomerActionRequested, through the outbox in the issuing transaction. */
@ApplicationScoped
public class CustomerActionRequests implements CustomerActionEvents {

    @Inject
    Outbox outbox;

    @Override
    public void publish(RequestedAction action) {
        CustomerActionRequested requested = new CustomerActionRequested(action.linkId(), action.purpose().name(),
                action.dealId(), action.recordId(), action.recordVersion(), action.contact().personId(),
                action.contact().name(), action.contact().email(), action.url().toString(), action.expiresAt(),
                action.requestedBy(), action.requestedAt(), action.replacesLinkId());
        outbox.publish(CustomerActionRequested.TOPIC, CustomerActionRequested.TYPE, requested.dealId(), requested);
    }
}
