package io.salespipeline.platform.outbox;

import java.time.Instant;

/** How the relay fares, as the readiness check reports it: since when it fails, and whether the broker answers. */
public final class RelayState {

    private volatile Instant failingSince;
    private volatile String failure;
    private volatile Instant brokerUnreachableSince;
    private volatile boolean brokerAnswered;

    /** True on the first failure of an outage (to be logged once). */
    synchronized boolean failed(RuntimeException e) {
        failure = e.getMessage();
        if (failingSince != null) {
            return false;
        }
        failingSince = Instant.now();
        return true;
    }

    /** True when this ends an outage (to be logged once). */
    synchronized boolean recovered() {
        if (failingSince == null) {
            return false;
        }
        failingSince = null;
        failure = null;
        return true;
    }

    synchronized void brokerFailed() {
        if (brokerUnreachableSince == null) {
            brokerUnreachableSince = Instant.now();
        }
    }

    void brokerAnswered() {
        brokerAnswered = true;
        brokerUnreachableSince = null;
    }

    /** Null while the relay publishes. */
    public Instant failingSince() {
        return failingSince;
    }

    public String failure() {
        return failure;
    }

    /** "reachable", "unreachable since ..." or "unknown" (nothing sent yet), as the relay last saw it. */
    public String broker() {
        Instant since = brokerUnreachableSince;
        if (since != null) {
            return "unreachable since " + since;
        }
        return brokerAnswered ? "reachable" : "unknown (nothing sent yet)";
    }

    public boolean brokerUnreachable() {
        return brokerUnreachableSince != null;
    }
}
