package io.salespipeline.lead.application.intake;

/** The same Idempotency-Key came with a different request: answered 422, nothing changes. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("The Idempotency-Key " + key + " was already used for a different request; use a new key.");
    }
}
