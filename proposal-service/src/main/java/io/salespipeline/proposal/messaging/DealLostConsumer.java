package io.salespipeline.proposal.messaging;

import io.salespipeline.proposal.application.ProposalUseCases;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.DealLost;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A deal lost at another stage: its open proposal is withdrawn, an accepted one marked. Repeats are dropped by the inbox. */
@ApplicationScoped
public class DealLostConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ProposalUseCases proposals;

    @Incoming("deal-lost")
    public Uni<Void> onDealLost(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealLost.class, (event, loss) -> proposals.onDealLost(event, loss.checked()));
    }
}
