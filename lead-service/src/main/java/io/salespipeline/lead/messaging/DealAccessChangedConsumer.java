package io.salespipeline.lead.messaging;

import io.salespipeline.lead.domain.Lead;
import io.salespipeline.platform.access.DealAccessChanged;
import io.salespipeline.platform.access.DealAccessChanges;
import io.salespipeline.platform.inbox.Inbox;
import io.salespipeline.platform.stage.Stage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Who works the deal changed at another stage: the lead that started the deal takes the new owner
 * and sharing list (an older change than the one known is ignored; see DealAccessChanges). Repeats
 * are dropped by the inbox.
 */
@ApplicationScoped
public class DealAccessChangedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    DealAccessChanges access;

    @Incoming("deal-access-changed")
    public Uni<Void> onAccessChanged(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealAccessChanged.class, (event, change) -> access.follow(event, change,
                Stage.LEAD, () -> Lead.<Lead>list("dealId", event.dealId())));
    }
}
