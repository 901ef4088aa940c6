package io.salespipeline.platform.inbox;

/**
 * An event whose data contradicts itself (amounts its own lines do not give, mixed currencies, a
 * quantity below one unit): it is refused, not retried; its message is the reason the connector
 * writes on the dead letter ({@code dead-letter-reason}).
 */
public class InconsistentEventException extends MalformedEventException {

    public InconsistentEventException(String message) {
        super(message);
    }
}
