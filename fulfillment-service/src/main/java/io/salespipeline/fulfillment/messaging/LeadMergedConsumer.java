package io.salespipeline.fulfillment.messaging;

import io.salespipeline.fulfillment.application.SupportNotices;
import io.salespipeline.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A known person arriving again at lead-service: a support notice when their account is a customer
 * here. The event is keyed by the leadId (a lead may have no deal), so the inbox reads it as about
 * no single deal; repeats are dropped by the inbox and by the arrival id.
 */
@ApplicationScoped
public class LeadMergedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    SupportNotices notices;

    @Incoming("lead-merged")
    public Uni<Void> onLeadMerged(ConsumerRecord<String, String> record) {
        return inbox.processAcrossDeals(record, LeadMergedData.class,
                (event, data) -> notices.notice(data.accountId(), data.arrival()));
    }
}
