package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.prospect.application.ProspectUseCases;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A rejected proposal brings the deal back to the prospect (ORIENTATION, with the reason);
 * repeats are dropped by the inbox, an event that can never apply is parked on the dead-letter topic.
 */
@ApplicationScoped
public class ProposalRejectedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ProspectUseCases prospects;

    @Incoming("proposal-rejected")
    public Uni<Void> onProposalRejected(ConsumerRecord<String, String> record) {
        return inbox.process(record, ProposalRejectedData.class,
                (event, data) -> prospects.reopenAfterRejection(event, data.toRejection()));
    }
}
