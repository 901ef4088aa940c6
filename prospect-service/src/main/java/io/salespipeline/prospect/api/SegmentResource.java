package io.salespipeline.prospect.api;

import io.salespipeline.platform.security.Roles;
import io.salespipeline.prospect.application.Segments;
import io.salespipeline.prospect.domain.Missing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The configured segments (sales.segments in the service's configuration) and the readiness steps each requires. */
@Path("/api/segments")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.ADMIN})
@Tag(name = "Segments", description = "Deal segments (e.g. SMB, ENTERPRISE, PUBLIC_SECTOR) and the readiness steps each one requires before a proposal; set by configuration.")
public class SegmentResource {

    @Inject
    Segments segments;

    /** requiredSteps: step codes, in the order the seller would supply them. */
    @Schema(description = "A deal segment and the readiness steps it requires.")
    public record SegmentView(
            @Schema(required = true, description = "The segment's name.", examples = "ENTERPRISE") String name,
            @Schema(required = true, description = "Whether new prospects start in it.") boolean isDefault,
            @Schema(required = true, description = "The step codes required before READY_FOR_PROPOSAL, in the order a "
                    + "seller would supply them: profile, procurement, formalRfp, quantifiedApplication.",
                    examples = "[\"quantifiedApplication\"]") List<String> requiredSteps) {
    }

    @GET
    @Operation(operationId = "listSegments", summary = "List the deal segments",
            description = "The configured segments, each with the readiness step codes it requires (profile, "
            + "procurement, formalRfp, quantifiedApplication) and whether new prospects start in it")
    public List<SegmentView> list() {
        return segments.all().stream().map(segment -> new SegmentView(segment.name(),
                segment.name().equals(segments.byDefault().name()),
                segment.requiredSteps().stream().sorted().map(Missing::code).toList())).toList();
    }
}
