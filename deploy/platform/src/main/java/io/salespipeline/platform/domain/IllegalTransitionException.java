package io.salespipeline.platform.domain;

/**
 * Thrown by an aggregate that refuses an action in its current state. The API answers 409
 * with a problem body naming the current state, so a client can see why without a second call.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String record;
    private final String currentState;
    private final String action;

    public IllegalTransitionException(String record, Enum<?> currentState, String action, String reason) {
        super(reason);
        this.record = record;
        this.currentState = currentState.name();
        this.action = action;
    }

    public IllegalTransitionException(String record, Enum<?> currentState, String action) {
        this(record, currentState, action,
                "A " + record + " in state " + currentState.name() + " does not allow " + action + ".");
    }

    public String record() {
        return record;
    }

    public String currentState() {
        return currentState;
    }

    public String action() {
        return action;
    }
}
