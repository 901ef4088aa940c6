package io.salespipeline.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.salespipeline.platform.web.DatabaseUnavailableProblem;
import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json, like every other error. Authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}) so these exceptions reach JAX-RS mappers instead
 * of being answered by the HTTP layer with an empty body. The body never says why a token was
 * refused (expired, wrong issuer, bad signature): that would help an attacker, not a client.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(AuthenticationFailedException e) {
        // A credential checked against the database (an API key) cannot be checked while it is
        // unavailable: that is no refusal of the credential.
        return DatabaseUnavailableProblem.answering(e).orElseGet(SecurityProblemMappers::unauthorized);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden",
                "Your role does not allow this operation.").toResponse();
    }

    static Response unauthorized() {
        Response problem = Problem.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token (or API key, where accepted) is required.").toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
