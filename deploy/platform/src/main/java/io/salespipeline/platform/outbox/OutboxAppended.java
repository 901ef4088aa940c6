package io.salespipeline.platform.outbox;

/** Fired when a transaction stored an event; observed after commit to wake the relay at once. */
public record OutboxAppended(String topic) {
}
