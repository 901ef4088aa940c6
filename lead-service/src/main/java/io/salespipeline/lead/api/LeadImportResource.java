package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.lead.application.imports.LeadImports;
import io.salespipeline.lead.domain.ImportMode;
import io.salespipeline.lead.domain.LeadImport;
import io.salespipeline.lead.domain.SourceKind;
import io.salespipeline.platform.web.QueryParams;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/lead-imports")
@Tag(name = "Lead imports", description = "Lists of leads taken in from CSV in the background, with their progress and rejected rows.")
// Sellers import the cards they collected, managers the lists the team bought.
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER, Roles.INTEGRATION})
public class LeadImportResource {

    static final String COLUMN_PREFIX = "column.";

    @Inject
    LeadImports imports;

    @POST
    @Consumes({"text/csv", "application/csv"})
    @Operation(operationId = "importLeads", summary = "Import leads from CSV",
            description = "Import a list of leads from CSV (UTF-8, header row, ',' or ';'); runs in the background"
            + ". " + "Answers 202 with the import and its Location. Map columns with query parameters "
                    + "column.<field>=<header name> (fields: name, firstName, lastName, email, phone, company, "
                    + "jobTitle, country, notes); unmapped fields are guessed from the header; other columns "
                    + "become attributes.")
    @RequestBody(required = true, description = "The CSV file: UTF-8, a header row, ',' or ';' separated.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, example = "name,email,company\nAda Lovelace,ada@example.com,Analytical Engines")),
            @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "The import, accepted and running; Location is its URL.", headers = @Header(name = "Location",
            description = "The import's URL.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadImportView.class)))
    public Response start(InputStream body,
            @Parameter(description = "The kind of list every lead comes from.", required = true,
                    schema = @Schema(implementation = SourceKind.class))
            @QueryParam("sourceKind") String sourceKind,
            @Parameter(description = "Which list or conference, stamped on every lead", example = "Hannover Messe 2026")
            @QueryParam("sourceDetail") String sourceDetail,
            @Parameter(description = "SKIP_BAD_ROWS (default): bad rows are reported and skipped; ALL_OR_NOTHING: one bad row rejects the file.",
                    schema = @Schema(implementation = ImportMode.class)) @QueryParam("mode") String mode,
            @Parameter(description = "The uploaded file's name, for the record", example = "leads.csv") @QueryParam("fileName") String fileName,
            @Context UriInfo uri) {
        ImportMode importMode = mode == null || mode.isBlank() ? ImportMode.SKIP_BAD_ROWS
                : QueryParams.enumValue(ImportMode.class, "mode", mode);
        LeadImport accepted = imports.accept(body, fileName, importMode,
                QueryParams.enumValue(SourceKind.class, "sourceKind", sourceKind), sourceDetail, columns(uri));
        URI location = uri.getBaseUriBuilder().path("api/lead-imports").path(accepted.id().toString()).build();
        return Response.accepted(view(accepted, uri)).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLeadImport", summary = "Get a lead import",
            description = "An import's state and progress: rows read, created, duplicates, rejected, rate, ETA")
    public LeadImportView get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return view(imports.get(id), uri);
    }

    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    @Operation(operationId = "getLeadImportErrors", summary = "Download a lead import's rejected rows",
            description = "The rejected rows as CSV: row number, reason, then the row's own fields")
    @APIResponse(responseCode = "200", description = "The rejected rows as CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, example = "row,reason,name,email\n3,email is not an e-mail address,Ada,ada-at-example")))
    public Response errors(@PathParam("id") UUID id) {
        LeadImport leadImport = imports.get(id);
        StreamingOutput csv = out -> imports.writeErrors(leadImport, out);
        return Response.ok(csv, new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"lead-import-" + id + "-errors.csv\"")
                .build();
    }

    private static Map<String, String> columns(UriInfo uri) {
        Map<String, String> columns = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith(COLUMN_PREFIX) && !values.isEmpty()) {
                columns.put(name.substring(COLUMN_PREFIX.length()), values.get(0));
            }
        });
        return columns;
    }

    private static LeadImportView view(LeadImport leadImport, UriInfo uri) {
        return LeadImportView.of(leadImport, uri.getBaseUriBuilder().path("api/lead-imports")
                .path(leadImport.id().toString()).path("errors").build().toString());
    }
}
