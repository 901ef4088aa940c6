package io.salespipeline.platform.deadletter;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import io.salespipeline.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** This service's dead letters, one path in every service: what failed and why, and putting it back after a fix. */
@Path("/api/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Events this service's consumers could not process, why, and putting them back after a fix.")
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters",
            description = "The events this service's consumers parked on their dead-letter topics, in id order "
            + "(dead-letter topic, partition, offset): where each came from, its key and CloudEvent, why it failed "
            + "(class, message, first failure, attempts) and whether it was re-driven")
    public Page<DeadLetter> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return deadLetters.page(cursor, PageRequest.of(null, limit).limit());
    }

    @POST
    @Path("/{id}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Re-drive a dead letter",
            description = "Puts the dead letter back on its original topic (same value, key and CloudEvent, so the same "
            + "event id); once only: a second re-drive publishes nothing and answers the first")
    public DeadLetter redrive(
            @Parameter(description = "The dead letter's id, as the list gives it.", example = "dead-letter-topic-lead-qualified:0:42") @PathParam("id") String id) {
        return deadLetters.redrive(id, actor.name());
    }

    @POST
    @Path("/redrive")
    @Operation(operationId = "redriveAllDeadLetters", summary = "Re-drive every dead letter",
            description = "Re-drives every dead letter not re-driven yet; answers their ids (and those naming no topic "
            + "their channel consumes, left as they are)")
    public DeadLetters.RedriveReport redriveAll() {
        return deadLetters.redriveAll(actor.name());
    }

    @ServerExceptionMapper
    public Response notRedrivable(NotRedrivableException e) {
        return Problem.of(409, "not-redrivable", "Cannot be re-driven", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        return Response.fromResponse(Problem.of(503, "broker-unavailable", "Message broker unavailable",
                "The message broker did not answer in time; try again shortly.").toResponse())
                .header("Retry-After", 5).build();
    }
}
