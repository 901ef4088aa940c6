package io.salespipeline.fulfillment.api;

import io.salespipeline.platform.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The old survey answer, whose tokens staff were handed: refused to everyone (403), whatever the
 * token, and no longer in the API document. The customer answers on their survey link's page.
 */
@Path("/api/survey-responses")
@PermitAll
public class SurveyResponseResource {

    @POST
    @Path("{token}")
    @Operation(hidden = true, operationId = "answerSurvey", summary = "Answering is the customer's (always 403)")
    public Response answer(@PathParam("token") String token) {
        return Problem.of(403, "customer-act", "Only the customer can do this",
                "The customer answers the survey themselves, on the page of the survey link e-mailed to their "
                        + "contact (/customer/survey/{token}); no staff member can answer for them. To send the "
                        + "customer a new link: POST /api/customers/{id}/survey-links/{linkId}/reissue.")
                .with("action", "survey answer").toResponse();
    }
}
