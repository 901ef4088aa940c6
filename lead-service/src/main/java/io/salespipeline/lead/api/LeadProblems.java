package io.salespipeline.lead.api;

import io.salespipeline.lead.application.intake.IdempotencyKeyReusedException;
import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Lead-specific refusals as problem+json. */
public class LeadProblems {

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problem.of(422, "idempotency-key-reused", "Idempotency-Key already used for another request",
                e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateLeadException e) {
        Problem problem = Problem.of(409, "duplicate-lead", "This person is already a lead", e.getMessage());
        if (e.existingLeadId().isPresent()) {
            problem = problem.with("existingLeadId", e.existingLeadId().get().toString())
                    .with("matchedOn", e.matchedOn().orElseThrow());
        }
        return problem.toResponse();
    }
}
