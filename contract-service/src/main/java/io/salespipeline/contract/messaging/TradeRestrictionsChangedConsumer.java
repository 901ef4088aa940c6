package io.salespipeline.contract.messaging;

import io.salespipeline.contract.application.ContractScreening;
import io.salespipeline.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** lead-service's trade restriction lists after each change: the copy checked before a contract is sent. */
@ApplicationScoped
public class TradeRestrictionsChangedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ContractScreening screening;

    @Incoming("trade-restrictions-changed")
    public Uni<Void> onChanged(ConsumerRecord<String, String> record) {
        return inbox.processAcrossDeals(record, TradeRestrictionsData.class,
                (event, data) -> screening.takeLists(event, data.checkedRevision(), data.lists(), data.changedAt()));
    }
}
