package io.salespipeline.lead.messaging;

import io.salespipeline.lead.application.erasure.Erasures;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.privacy.ErasureConfirmed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Collects each service's erasure confirmation into its request (once per event, via the inbox). */
@ApplicationScoped
public class ErasureConfirmedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Erasures erasures;

    @Incoming("erasure-confirmed")
    public Uni<Void> onErasureConfirmed(ConsumerRecord<String, String> record) {
        return inbox.processAcrossDeals(record, ErasureConfirmed.class, (event, confirmed) -> erasures.confirm(
                confirmed.erasureId(), confirmed.service(), confirmed.recordsAnonymised(), confirmed.confirmedAt()));
    }
}
