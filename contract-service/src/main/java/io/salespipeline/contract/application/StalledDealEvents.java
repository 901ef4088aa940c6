package io.salespipeline.contract.application;

import io.salespipeline.platform.outbox.Outbox;
import io.salespipeline.platform.stall.Stall;
import io.salespipeline.platform.stall.StallEvents;
import io.salespipeline.contract.events.DealStalled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** This stage's stalls as its own DealStalled, through the outbox in the transaction that records them. */
@ApplicationScoped
public class StalledDealEvents implements StallEvents {

    @Inject
    Outbox outbox;

    @Override
    public void publish(Stall stall) {
        DealStalled stalled = new DealStalled(stall.dealId(), stall.recordId(), stall.stage(), stall.status(),
                stall.owner(), stall.lastActivityAt(), stall.afterDays(), stall.detectedAt());
        outbox.publish(DealStalled.TOPIC, DealStalled.TYPE, stalled.dealId(), stalled);
    }
}
