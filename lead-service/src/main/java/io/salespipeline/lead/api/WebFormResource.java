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

    public record WebFormInput(String formId, String name, List<FormField> fields, List<String> allowedOrigins,
            String thankYouUrl, String errorUrl, String site, String page, String campaign, String honeypotField,
            Integer minSecondsToSubmit) {

        WebForm.Settings settings() {
            return new WebForm.Settings(name, fields, allowedOrigins, thankYouUrl, errorUrl, site, page, campaign,
                    honeypotField, minSecondsToSubmit);
        }
    }

    public record WebFormView(String formId, String name, List<FormField> fields, List<String> allowedOrigins,
            String thankYouUrl, String errorUrl, String site, String page, String campaign, String honeypotField,
            int minSecondsToSubmit, String submissionPath, Instant createdAt, Instant updatedAt) {

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
