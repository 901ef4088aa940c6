package io.salespipeline.platform.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by an aggregate that refuses an action in its current state. The API answers 409
 * with a problem body naming the current state, so a client can see why without a second call.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String record;
    private final String currentState;
    private final String action;
    private final Map<String, Object> members = new LinkedHashMap<>();

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

    /**
     * Adds a machine-readable member to the 409 problem body (e.g. {@code missing}), so a client
     * can act on the refusal without parsing {@code detail}.
     */
    public IllegalTransitionException with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    /** Extra problem members, in the order they were added. */
    public Map<String, Object> members() {
        return java.util.Collections.unmodifiableMap(members);
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
