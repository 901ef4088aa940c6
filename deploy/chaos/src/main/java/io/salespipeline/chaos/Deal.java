package io.salespipeline.chaos;

import java.math.BigDecimal;

/**
 * What the client knows of one deal it drove: how far it got (the last step the API confirmed),
 * what the accepted proposal totalled, and why it stopped if it did not reach an order.
 */
final class Deal {

    enum Stage { NONE, QUALIFIED, READY_FOR_PROPOSAL, ACCEPTED, FIRST_ORDER_PLACED, ORDER_SEEN }

    final int n;
    volatile String leadId;
    volatile String dealId;
    volatile Stage stage = Stage.NONE;
    volatile BigDecimal acceptedTotal;
    volatile String currency;
    volatile String failure;

    Deal(int n) {
        this.n = n;
    }

    @Override
    public String toString() {
        return "deal " + n + " (" + dealId + ", " + stage + (failure == null ? "" : ", " + failure) + ")";
    }
}
