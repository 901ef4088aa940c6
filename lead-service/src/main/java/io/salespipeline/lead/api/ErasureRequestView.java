package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.ErasureRequest;
import io.salespipeline.lead.domain.ErasureState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An erasure request as the API shows it: each of the five services, confirmed or still awaited. */
@Schema(description = "A person's erasure request: the leads and deals it covers and each service's confirmation.")
public record ErasureRequestView(
        @Schema(required = true, description = "The request's id.") UUID id,
        @Schema(required = true, description = "PENDING until all five services confirmed, then COMPLETED.")
        ErasureState state,
        @Schema(required = true, description = "The person's leads that were erased.",
                examples = "[\"0193a3c4-6a01-7d3e-8f90-1a2b3c4d5e6f\"]") List<UUID> leadIds,
        @Schema(required = true, description = "The deals those leads started; the other services erase the person "
                + "from these.", examples = "[\"0193a3c4-5e2f-7a10-8b7c-1d2e3f405162\"]") List<UUID> dealIds,
        @Schema(required = true, description = "One entry per service, all five.") List<ServiceConfirmation> confirmations,
        @Schema(required = true, description = "Who asked (token subject).", examples = "dora.dpo") String requestedBy,
        @Schema(required = true, description = "When it was asked (UTC).", examples = "2026-06-01T08:00:00Z")
        Instant requestedAt,
        @Schema(nullable = true, description = "When the last service confirmed (UTC); null while PENDING.",
                examples = "2026-06-01T08:00:05Z") Instant completedAt) {

    @Schema(description = "One service's part of an erasure.")
    public record ServiceConfirmation(
            @Schema(required = true, description = "The service.", enumeration = {"lead-service", "prospect-service",
                    "proposal-service", "contract-service", "fulfillment-service"}) String service,
            @Schema(required = true, description = "Whether it confirmed the erasure.") boolean confirmed,
            @Schema(nullable = true, description = "How many of its records it anonymised; null until it confirmed.",
                    examples = "3") Integer recordsAnonymised,
            @Schema(nullable = true, description = "When it confirmed (UTC); null until then.",
                    examples = "2026-06-01T08:00:03Z") Instant confirmedAt) {
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
