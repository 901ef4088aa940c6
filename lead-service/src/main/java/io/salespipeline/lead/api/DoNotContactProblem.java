package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.DoNotContactException;
import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A listed address is a valid request the register forbids: 422, field "email", nothing stored. */
public class DoNotContactProblem {

    @ServerExceptionMapper
    public Response doNotContact(DoNotContactException e) {
        return Problem.of(422, "do-not-contact", "Do not contact", e.getMessage())
                .with("errors", java.util.List.of(java.util.Map.of("field", "email",
                        "message", "is on the do-not-contact register")))
                .toResponse();
    }
}
