package io.salespipeline.platform.webhooks;

/** A webhook URL that may not be called, and why (answered with 400 on subscribe; a failed attempt at delivery). */
public class RefusedTargetException extends RuntimeException {

    public RefusedTargetException(String reason) {
        super(reason);
    }
}
