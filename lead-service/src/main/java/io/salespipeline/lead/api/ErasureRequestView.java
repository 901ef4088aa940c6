package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.ErasureRequest;
import io.salespipeline.lead.domain.ErasureState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An erasure request as the API shows it: each of the five services, confirmed or still awaited. */
public record ErasureRequestView(UUID id, ErasureState state, List<UUID> leadIds, List<UUID> dealIds,
        List<ServiceConfirmation> confirmations, String requestedBy, Instant requestedAt, Instant completedAt) {

    public record ServiceConfirmation(String service, boolean confirmed, Integer recordsAnonymised,
            Instant confirmedAt) {
    }

    public static ErasureRequestView of(ErasureRequest request) {
        List<ServiceConfirmation> confirmations = ErasureRequest.SERVICES.stream()
                .map(service -> request.confirmation(service)
                        .map(c -> new ServiceConfirmation(service, true, c.recordsAnonymised(), c.confirmedAt()))
                        .orElse(new ServiceConfirmation(service, false, null, null)))
                .toList();
        return new ErasureRequestView(request.id(), request.state(), request.leadIds(), request.dealIds(),
                confirmations, request.requestedBy(), request.requestedAt(), request.completedAt());
    }
}
