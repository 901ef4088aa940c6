package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.proposal.application.ProposalUseCases;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A prospect ready for a proposal gets a draft proposal, once: repeats of the event are dropped
 * by the inbox, and a second event for the same deal finds the draft already there (unless the
 * latest version was rejected or expired: then it drafts the next version). An event
 * that cannot make a draft (no contact, unknown procedure) is parked on the dead-letter topic.
 * The draft belongs to the seller the event names ({@code owner}, {@code sharedWith}).
 */
@ApplicationScoped
public class ProspectReadyConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ProposalUseCases proposals;

    @Incoming("prospect-ready")
    public Uni<Void> onProspectReady(ConsumerRecord<String, String> record) {
        return inbox.process(record, ProspectReadyData.class,
                (event, data) -> proposals.draftFor(data.handover(event.dealId(), event.id())));
    }
}
