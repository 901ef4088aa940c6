package io.salespipeline.platform.restriction;

import io.salespipeline.platform.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A blocked deal is a valid request the trade restrictions forbid: 422, its own problem type, the reasons listed. */
public class TradeRestrictionProblem {

    @ServerExceptionMapper
    public Response blocked(TradeRestrictedException e) {
        Problem problem = Problem.of(422, "trade-restricted", "Blocked by trade restrictions", e.getMessage())
                .with("reasons", e.reasons());
        if (e.dealId() != null) {
            problem.with("dealId", e.dealId().toString());
        }
        return problem.toResponse();
    }
}
