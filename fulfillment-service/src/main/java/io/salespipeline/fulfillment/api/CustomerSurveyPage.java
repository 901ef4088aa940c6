package io.salespipeline.fulfillment.api;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.salespipeline.fulfillment.application.CustomerSurveys;
import io.salespipeline.fulfillment.application.CustomerSurveys.Asking;
import io.salespipeline.platform.customerlink.CustomerPages;
import io.salespipeline.platform.domain.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's survey page, opened from the survey link their contact was e-mailed: a score 0-10
 * and a comment, answered once. The link is the permission ({@code @PermitAll}); an unusable link
 * answers a problem page (404/410).
 */
@Path("/customer/survey/{token}")
@PermitAll
@Tag(name = "Customer survey page", description = "The customer's own page, opened from the survey link e-mailed to "
        + "their contact (CustomerActionRequested): how likely they are to recommend us (0-10) and a comment, once. "
        + "No bearer token: the link's token is the permission.")
public class CustomerSurveyPage {

    private static final List<Integer> SCORES = IntStream.rangeClosed(0, 10).boxed().toList();

    @Inject
    CustomerSurveys surveys;

    @Inject
    @Location("customer-survey.html")
    Template page;

    @Parameter(name = "token", description = "The link's token, as in the e-mailed URL (43 URL-safe characters).",
            example = "q3Jx7Yb0vN2kT8mWc5LdR1sPz6HfA9eGu4iKo_VnB-E")
    @PathParam("token")
    String token;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showCustomerSurveyPage", summary = "The customer's survey page",
            description = "The order the survey is about (or the relationship) and the form. An unknown link is 404, "
                    + "an expired, used or revoked one 410.")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING)))
    public Response show() {
        return html(200, surveys.open(token), true, null, null);
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "answerSurveyAsCustomer", summary = "The customer answers the survey",
            description = "score (a whole number 0-10, required) and comment (optional, at most 4000 characters); "
                    + "spends the link. Records the link, IP address, user agent and time; counts towards the support "
                    + "owner's NPS; publishes fulfillment.survey.answered. A refused answer (400) shows the page again "
                    + "and leaves the link live. Rate-limited per client IP (429).")
    @APIResponse(responseCode = "200", description = "The page, thanking the customer.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response answer(@FormParam("score") String score, @FormParam("comment") String comment,
            @Context HttpServerRequest http) {
        return CustomerPages.act(() -> html(200, surveys.answer(token, score(score), comment, CustomerPages.ip(http),
                http.getHeader("User-Agent")), false, null, "Thank you: your answer is recorded."),
                refused -> html(refused.status(), surveys.open(token), refused.status() == 400, refused.reason(), null));
    }

    private Response html(int status, Asking asking, boolean open, String error, String done) {
        SurveyPageModel model = SurveyPageModel.of(asking);
        String body = page.data("company", model.company()).data("contactName", model.contactName())
                .data("order", model.order()).data("open", open).data("error", error).data("done", done).data("scores", SCORES)
                .data("answerPath", "/customer/survey/" + token + "/answer").render();
        return CustomerPages.html(status, body);
    }

    private static Integer score(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("score", "is required: choose a number from 0 to 10");
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("score", "must be a whole number from 0 to 10");
        }
    }
}
