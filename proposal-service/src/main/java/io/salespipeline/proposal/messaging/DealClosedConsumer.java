package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.DealWon;
import io.salespipeline.proposal.application.WonDeals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A deal closed at the contract stage: its accepted proposal is marked won. Repeats are dropped by the inbox. */
@ApplicationScoped
public class DealClosedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    WonDeals wonDeals;

    @Incoming("deal-closed")
    public Uni<Void> onDealClosed(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealWon.class, (event, won) -> wonDeals.markWon(event, won.checked()));
    }
}
