package io.salespipeline.lead.messaging;

import io.salespipeline.lead.application.LeadUseCases;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.DealLost;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A deal lost at any later stage: the lead that started it keeps the loss. Repeats are dropped by the inbox. */
@ApplicationScoped
public class DealLostConsumer {

    @Inject
    Inbox inbox;

    @Inject
    LeadUseCases leads;

    @Incoming("deal-lost")
    public Uni<Void> onDealLost(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealLost.class, (event, loss) -> leads.markDealLost(event, loss.checked()));
    }
}
