package io.salespipeline.platform.deadletter;

/** The broker did not answer in time: the dead letters cannot be read or re-driven now (503, try again). */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(Throwable cause) {
        super("The message broker did not answer in time", cause);
    }
}
