package io.salespipeline.platform.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} by each service once it anonymised what it held of the person
 * (key and subject: the erasureId). lead-service collects them into the request's state.
 */
public record ErasureConfirmed(UUID erasureId, String service, int recordsAnonymised, Instant confirmedAt) {

    public static final String TOPIC = "privacy.erasure.confirmed";
    public static final String TYPE = "io.salespipeline.privacy.ErasureConfirmed.v1";
}
