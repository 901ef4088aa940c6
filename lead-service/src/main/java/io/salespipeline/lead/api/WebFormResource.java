package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.lead.application.webforms.WebForms;
import io.salespipeline.lead.domain.FormField;
import io.salespipeline.lead.domain.WebForm;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin: the web forms that customer-facing sites post leads with. */
@Path("/api/web-forms")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Web forms", description = "Forms on customer-facing sites that post leads: their configuration (admins) and the public submission endpoints.")
public class WebFormResource {

    @Inject
    WebForms forms;

    @Schema(description = "A web form's configuration (on create; on update formId is the path's and ignored here).")
    public record WebFormInput(
            @Schema(description = "The form's id, in its submission URL: lower-case letters, digits and dashes; required "
                    + "on create.", maxLength = 100, pattern = "^[a-z0-9][a-z0-9-]*$", examples = "contact-us") String formId,
            @Schema(required = true, description = "The form's name, for people.", maxLength = 200, examples = "Contact us (pricing page)")
            String name,
            @Schema(required = true, description = "The form's fields; one must fill NAME and one EMAIL or PHONE; names unique.")
            List<FormField> fields,
            @Schema(required = true, description = "The origins (scheme://host[:port]) whose pages may submit it from a browser.",
                    examples = "[\"https://www.salespipeline.io\"]") List<String> allowedOrigins,
            @Schema(required = true, description = "Where the visitor is redirected (303) after a submission: an http(s) URL "
                    + "without a fragment.", examples = "https://www.salespipeline.io/thank-you") String thankYouUrl,
            @Schema(required = true, description = "Where the visitor is redirected (303) when a submission is refused (the "
                    + "reason as a query parameter).", examples = "https://www.salespipeline.io/contact?error=1")
            String errorUrl,
            @Schema(nullable = true, description = "The site the form lives on, recorded as each lead's source; null when "
                    + "not given.", examples = "https://www.salespipeline.io") String site,
            @Schema(nullable = true, description = "The page the form is on; null when not given.",
                    examples = "https://www.salespipeline.io/pricing") String page,
            @Schema(nullable = true, description = "The campaign its leads belong to; null when none.",
                    examples = "spring-launch-2026") String campaign,
            @Schema(description = "The hidden field bots fill and people do not; default website.", maxLength = 60,
                    examples = "website") String honeypotField,
            @Schema(description = "A submission sooner than this after the form's token was issued is refused as a bot; "
                    + "0 to 3600, default 3.", minimum = "0", maximum = "3600", examples = "3") Integer minSecondsToSubmit) {

        WebForm.Settings settings() {
            return new WebForm.Settings(name, fields, allowedOrigins, thankYouUrl, errorUrl, site, page, campaign,
                    honeypotField, minSecondsToSubmit);
        }
    }

    @Schema(description = "A web form: its fields, who may post it, where visitors go next.")
    public record WebFormView(
            @Schema(required = true, description = "The form's id, in its submission URL.", examples = "contact-us")
            String formId,
            @Schema(required = true, description = "The form's name, for people.", maxLength = 200, examples = "Contact us (pricing page)")
            String name,
            @Schema(required = true, description = "The form's fields; one must fill NAME and one EMAIL or PHONE; names unique.")
            List<FormField> fields,
            @Schema(required = true, description = "The origins (scheme://host[:port]) whose pages may submit it from a browser.",
                    examples = "[\"https://www.salespipeline.io\"]") List<String> allowedOrigins,
            @Schema(required = true, description = "Where the visitor is redirected (303) after a submission: an http(s) URL "
                    + "without a fragment.", examples = "https://www.salespipeline.io/thank-you") String thankYouUrl,
            @Schema(required = true, description = "Where the visitor is redirected (303) when a submission is refused (the "
                    + "reason as a query parameter).", examples = "https://www.salespipeline.io/contact?error=1")
            String errorUrl,
            @Schema(nullable = true, description = "The site the form lives on, recorded as each lead's source; null when "
                    + "not given.", examples = "https://www.salespipeline.io") String site,
            @Schema(nullable = true, description = "The page the form is on; null when not given.",
                    examples = "https://www.salespipeline.io/pricing") String page,
            @Schema(nullable = true, description = "The campaign its leads belong to; null when none.",
                    examples = "spring-launch-2026") String campaign,
            @Schema(required = true, description = "The hidden field bots fill and people do not.", examples = "website")
            String honeypotField,
            @Schema(required = true, description = "A submission sooner than this after the form's token was issued is "
                    + "refused as a bot (seconds).", examples = "3") int minSecondsToSubmit,
            @Schema(required = true, description = "Where the form posts (application/x-www-form-urlencoded), relative "
                    + "to the API's URL.", examples = "/api/web-forms/contact-us/submissions") String submissionPath,
            @Schema(required = true, description = "When it was created (UTC).", examples = "2026-02-01T09:00:00Z")
            Instant createdAt,
            @Schema(required = true, description = "When it was last changed (UTC).", examples = "2026-02-15T12:30:00Z")
            Instant updatedAt) {

        static WebFormView of(WebForm form) {
            return new WebFormView(form.formId(), form.name(), form.fields(), form.allowedOrigins(),
                    form.thankYouUrl(), form.errorUrl(), form.site(), form.page(), form.campaign(),
                    form.honeypotField(), form.minSecondsToSubmit(),
                    "/api/web-forms/" + form.formId() + "/submissions", form.createdAt(), form.updatedAt());
        }
    }

    @POST
    @Operation(operationId = "createWebForm", summary = "Create a web form",
            description = "Configure a new web form")
    @APIResponse(responseCode = "201", description = "The form, created; Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebFormView.class)))
    public Response create(@NotNull WebFormInput body, @Context UriInfo uri) {
        WebForm form = forms.create(body.formId(), body.settings());
        return Response.created(uri.getAbsolutePathBuilder().path(form.formId()).build())
                .entity(WebFormView.of(form)).build();
    }

    @GET
    @Operation(operationId = "listWebForms", summary = "List web forms",
            description = "All web forms")
    public Map<String, List<WebFormView>> list() {
        return Map.of("items", forms.list().stream().map(WebFormView::of).toList());
    }

    @GET
    @Path("{formId}")
    @Operation(operationId = "getWebForm", summary = "Get a web form",
            description = "One web form")
    public WebFormView get(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId) {
        return WebFormView.of(forms.get(formId));
    }

    @PUT
    @Path("{formId}")
    @Operation(operationId = "configureWebForm", summary = "Configure a web form",
            description = "Change a web form's configuration")
    public WebFormView configure(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId, @NotNull WebFormInput body) {
        return WebFormView.of(forms.configure(formId, body.settings()));
    }

    @DELETE
    @Path("{formId}")
    @Operation(operationId = "deleteWebForm", summary = "Delete a web form",
            description = "Remove a web form: its submissions are answered 404 from then on")
    @APIResponse(responseCode = "204", description = "The form is removed.")
    public Response delete(@Parameter(description = "The form's id (lower-case letters, digits and dashes, chosen when it was created).", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]*$"), example = "contact-us")
            @PathParam("formId") String formId) {
        forms.delete(formId);
        return Response.noContent().build();
    }
}
