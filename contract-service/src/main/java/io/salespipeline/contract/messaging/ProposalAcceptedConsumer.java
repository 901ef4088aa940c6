package io.salespipeline.contract.messaging;

import io.salespipeline.contract.application.ContractUseCases;
import io.salespipeline.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Drafts a contract for every accepted proposal; repeats are dropped by the inbox and by the deal id. */
@ApplicationScoped
public class ProposalAcceptedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ContractUseCases contracts;

    @Incoming("proposal-accepted")
    public Uni<Void> onProposalAccepted(ConsumerRecord<String, String> record) {
        return inbox.process(record, ProposalAcceptedData.class, (event, data) -> contracts.draftFrom(event, data.toDraft()));
    }
}
