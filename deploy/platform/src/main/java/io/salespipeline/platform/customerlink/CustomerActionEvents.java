package io.salespipeline.platform.customerlink;

/**
 * The service's own {@code CustomerActionRequested} event (a record of its {@code events} package,
 * the contact's name and e-mail {@code @Personal}), published through the outbox on its own topic.
 * Called once per issued link, inside the transaction that issues it.
 */
public interface CustomerActionEvents {

    void publish(RequestedAction action);
}
