package io.salespipeline.platform.deadletter;

/**
 * A dead letter that names no original topic, or one its channel does not consume: putting it
 * there would publish where this service has no business to (409).
 */
public class NotRedrivableException extends RuntimeException {

    public NotRedrivableException(String id, String originalTopic) {
        super("Dead letter " + id + (originalTopic == null ? " names no original topic"
                : " came from " + originalTopic + ", which its channel does not consume") + "; it cannot be re-driven.");
    }
}
