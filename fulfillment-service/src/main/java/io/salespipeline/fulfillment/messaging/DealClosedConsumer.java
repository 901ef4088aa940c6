package io.salespipeline.fulfillment.messaging;

import io.salespipeline.fulfillment.application.OrderIntake;
import io.salespipeline.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes in the customer and first order of every closed deal: the event, checked, becomes the
 * application's {@code ClosedDeal}. Repeats are dropped by the inbox and by the deal id.
 */
@ApplicationScoped
public class DealClosedConsumer {

    @Inject
    Inbox inbox;

    @Inject
    OrderIntake intake;

    @Incoming("deal-closed")
    public Uni<Void> onDealClosed(ConsumerRecord<String, String> record) {
        return inbox.process(record, DealClosedData.class, (event, data) -> intake.takeIn(data.closedDeal(event)));
    }
}
