package io.salespipeline.contract.messaging;

import io.salespipeline.contract.application.ContractUseCases;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.DealLost;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A deal lost at an earlier stage: its open contract is voided. Repeats are dropped by the inbox. */
@ApplicationScoped
public class DealLostConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ContractUseCases contracts;

    @Incoming("deal-lost")
    public Uni<Void> onDealLost(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealLost.class, (event, loss) -> contracts.voidForLostDeal(event, loss.checked()));
    }
}
