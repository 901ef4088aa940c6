package io.salespipeline.prospect.messaging;

import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.prospect.application.ProspectUseCases;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a prospect for every qualified lead; repeats are dropped by the inbox and by the deal id.
 * An event naming another lead for a deal whose prospect exists, or qualified in the future, is
 * refused (dead-letter topic, with the reason).
 */
@ApplicationScoped
public class LeadQualifiedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ProspectUseCases prospects;

    @Incoming("lead-qualified")
    public Uni<Void> onLeadQualified(ConsumerRecord<String, String> record) {
        return inbox.process(record, LeadQualifiedData.class, (event, data) -> prospects.openFrom(event, data.qualifiedLead(), data::toOpenProspect));
    }
}
