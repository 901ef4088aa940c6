package io.salespipeline.platform.stall;

/**
 * The service's own {@code DealStalled} event: each stage publishes its stalls on its own topic
 * (through the outbox), called once per stall inside the transaction that records it.
 */
public interface StallEvents {

    void publish(Stall stall);
}
