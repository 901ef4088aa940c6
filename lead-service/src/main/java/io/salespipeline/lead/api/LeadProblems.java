package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.DuplicateLeadException;
import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Lead-specific refusals as problem+json. */
public class LeadProblems {

    @ServerExceptionMapper
    public Response duplicate(DuplicateLeadException e) {
        return Problem.of(409, "duplicate-lead", "This person is already a lead", e.getMessage())
                .with("existingLeadId", e.existingLeadId().toString())
                .with("matchedOn", e.matchedOn())
                .toResponse();
    }
}
