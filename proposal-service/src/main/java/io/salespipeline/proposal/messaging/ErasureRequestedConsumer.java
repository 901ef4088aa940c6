package io.salespipeline.proposal.messaging;

import io.salespipeline.platform.privacy.PersonErasure;
import io.salespipeline.proposal.application.ProposalErasure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes in privacy.erasure.requested once, anonymises the person here and confirms. */
@ApplicationScoped
public class ErasureRequestedConsumer {

    @Inject
    PersonErasure personErasure;

    @Inject
    ProposalErasure erasure;

    @Incoming("erasure-requested")
    public Uni<Void> onErasureRequested(ConsumerRecord<String, String> record) {
        return personErasure.process(record, erasure::anonymise);
    }
}
