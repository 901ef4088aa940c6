package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.lead.application.webforms.FormTokens;
import io.salespipeline.lead.application.webforms.WebFormSubmissions;
import io.salespipeline.lead.application.webforms.WebForms;
import io.salespipeline.lead.domain.WebForm;
import io.salespipeline.platform.web.CurrentActor;
import io.salespipeline.platform.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The public side of web forms (no authentication): a page fetches a token when it shows the
 * form, the visitor's browser posts the form, and is sent on (303) to the thank-you page, or to
 * the error page with the field errors in the query. Browser origins are checked per form (CORS).
 */
@Path("/api/web-forms/{formId}")
@PermitAll
@Tag(name = "Web forms")
public class WebFormSubmissionResource {

    @Inject
    WebForms forms;

    @Inject
    FormTokens tokens;

    @Inject
    WebFormSubmissions submissions;

    @Inject
    CurrentActor actor;

    @Schema(description = "A one-time token for a form's next submission.")
    public record TokenView(
            @Schema(required = true, description = "The token to post with the form (signed, one use, short-lived).",
                    examples = "Y29udGFjdC11cy4xNzQxMDAwMDAwMDAwLnE3WnBYa0w.kV2mN8pQ4rT1xW6yZ9bC3dF5gH7jK0lM2nP4qS6uA8e") String token,
            @Schema(required = true, description = "The hidden field to post it in.", examples = "_token") String field,
            @Schema(required = true, description = "Seconds that must pass between issuing and posting (faster is "
                    + "taken for a bot).", examples = "3") int minSecondsToSubmit) {
    }

    @GET
    @Path("token")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebFormToken", summary = "Get a web form's submission token",
            description = "A signed minimum-time-to-submit token for the form (send it back as _token)")
    @APIResponse(responseCode = "200", description = "The token, to send back in the form's _token field no sooner than minSecondsToSubmit.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response token(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @Parameter(description = "The page's origin a browser sends; it must be one the form allows.", example = "https://www.example.com")
            @HeaderParam("Origin") String origin) {
        WebForm form = forms.get(formId);
        if (origin != null && !form.allowsOrigin(origin)) {
            return originRefused();
        }
        return cors(Response.ok(new TokenView(tokens.issue(form, Instant.now()), WebForm.TOKEN_FIELD,
                form.minSecondsToSubmit())), form, origin).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "submitWebForm", summary = "Submit a web form",
            description = "Submit the form, urlencoded or multipart (files are ignored); answers 303 to the thank-you or error page")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = WebFormSubmission.class)))
    @APIResponse(responseCode = "303", description = "Submitted: the visitor goes to the form's thank-you page (or its error page when the post was refused as spam).",
            headers = @Header(name = "Location", description = "The thank-you or error page.", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "default", description = "Any answer other than the redirect (a form that does not exist, "
            + "an origin it does not allow, a body too large, an outage): an RFC 9457 problem, with the status listed above.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response submit(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @Parameter(description = "The page's origin a browser sends; it must be one the form allows.", example = "https://www.example.com")
            @HeaderParam("Origin") String origin,
            MultivaluedMap<String, String> body) {
        Map<String, String> submitted = new LinkedHashMap<>();
        // A field sent twice counts by its first non-blank value (a bot filling a honeypot twice is still a bot).
        body.forEach((name, values) -> submitted.put(name, values.stream()
                .filter(value -> value != null && !value.isBlank()).findFirst().orElse(null)));
        return submit(formId, origin, submitted);
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitWebForm", summary = "Submit a web form",
            description = "Submit the form, urlencoded or multipart (files are ignored); answers 303 to the thank-you or error page")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = WebFormSubmission.class)))
    @APIResponse(responseCode = "303", description = "Submitted: the visitor goes to the form's thank-you page (or its error page when the post was refused as spam).",
            headers = @Header(name = "Location", description = "The thank-you or error page.", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "default", description = "Any answer other than the redirect (a form that does not exist, "
            + "an origin it does not allow, a body too large, an outage): an RFC 9457 problem, with the status listed above.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response submitMultipart(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @Parameter(description = "The page's origin a browser sends; it must be one the form allows.", example = "https://www.example.com")
            @HeaderParam("Origin") String origin,
            MultipartFormDataInput body) {
        Map<String, String> submitted = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> part : body.getValues().entrySet()) {
            part.getValue().stream().filter(value -> !value.isFileItem() && !value.getValue().isBlank()).findFirst()
                    .ifPresent(value -> submitted.put(part.getKey(), value.getValue()));
        }
        return submit(formId, origin, submitted);
    }

    @OPTIONS
    @Path("submissions")
    @Operation(operationId = "preflightWebFormSubmission", summary = "CORS preflight of a web form submission",
            description = "CORS preflight, answered per form: only the form's allowed origins may post from a page")
    @APIResponse(responseCode = "204", description = "The origin may post: Access-Control-Allow-* headers name the method and headers allowed.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response preflightSubmission(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @Parameter(description = "The page's origin a browser sends; it must be one the form allows.", example = "https://www.example.com")
            @HeaderParam("Origin") String origin) {
        return preflight(formId, origin, "POST");
    }

    @OPTIONS
    @Path("token")
    @Operation(operationId = "preflightWebFormToken", summary = "CORS preflight of a web form token",
            description = "CORS preflight for the token, answered per form")
    @APIResponse(responseCode = "204", description = "The origin may post: Access-Control-Allow-* headers name the method and headers allowed.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response preflightToken(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @Parameter(description = "The page's origin a browser sends; it must be one the form allows.", example = "https://www.example.com")
            @HeaderParam("Origin") String origin) {
        return preflight(formId, origin, "GET");
    }

    private Response submit(String formId, String origin, Map<String, String> submitted) {
        WebForm form = forms.get(formId);
        actor.actAs("web-form:" + form.formId());
        if (origin != null && !form.allowsOrigin(origin)) {
            return originRefused();
        }
        WebFormSubmissions.Outcome outcome = submissions.submit(form, submitted, Instant.now());
        return cors(Response.seeOther(outcome.redirect()), form, origin).build();
    }

    private Response preflight(String formId, String origin, String method) {
        WebForm form = forms.get(formId);
        if (origin == null || !form.allowsOrigin(origin)) {
            return originRefused();
        }
        return cors(Response.noContent(), form, origin)
                .header("Access-Control-Allow-Methods", method + ", OPTIONS")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600").build();
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder response, WebForm form, String origin) {
        if (origin != null && form.allowsOrigin(origin)) {
            response.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
        }
        return response;
    }

    private static Response originRefused() {
        return Problem.of(403, "origin-not-allowed", "Origin not allowed",
                "This form does not accept submissions from that page's origin.").toResponse();
    }

}
