package io.salespipeline.prospect.messaging;

import io.salespipeline.prospect.application.ProspectUseCases;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.DealLost;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A deal lost at a later stage: its prospect is marked lost. Repeats are dropped by the inbox. */
@ApplicationScoped
public class DealLostConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ProspectUseCases prospects;

    @Incoming("deal-lost")
    public Uni<Void> onDealLost(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealLost.class, (event, loss) -> prospects.markLostLater(event, loss.checked()));
    }
}
