package io.salespipeline.fulfillment.api;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.fulfillment.api.CustomerRequests.SurveyAnswerInput;
import io.salespipeline.fulfillment.application.Surveys;
import io.salespipeline.platform.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's answer to a survey invitation: anonymous, the token is the permission. */
@Path("/api/survey-responses")
@PermitAll
@Tag(name = "Survey responses", description = "Customers answer the survey link they were sent (no sign-in).")
public class SurveyResponseResource {

    @Inject
    Surveys surveys;

    @POST
    @Path("{token}")
    @Operation(operationId = "answerSurvey", summary = "Answer a survey invitation",
            description = "Answer a survey invitation (score 0-10, comment) with its token: once, before it expires. "
            + "204 when recorded; 404 alike for an unknown, answered or expired token. Rate-limited per client IP (429).")
    @APIResponse(responseCode = "204", description = "The answer is recorded.")
    public Response answer(@Parameter(description = "The single-use token of the invitation link.", example = "f3Yc9kq2VJmN0aXw") @PathParam("token") String token, @NotNull @Valid SurveyAnswerInput body) {
        return surveys.answer(token, body.score(), body.comment()).map(survey -> Response.noContent().build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found",
                        "This survey link is unknown, already answered or expired.").toResponse());
    }
}
