package io.salespipeline.lead.application.erasure;

import io.salespipeline.lead.domain.ErasureRequest;
import io.salespipeline.lead.events.ErasureRequested;

/** The wire contract that asks every other service to anonymise the person, mapped from the request. */
public final class ErasureRequestedEvents {

    private ErasureRequestedEvents() {
    }

    public static ErasureRequested of(ErasureRequest request) {
        return new ErasureRequested(request.id(), request.emailSha256(), request.dealIds(), request.requestedAt());
    }
}
