package io.salespipeline.lead.api;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.salespipeline.lead.application.apikeys.ApiKeys;
import io.salespipeline.lead.domain.ApiKey;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/api-keys")
@Tag(name = "API keys", description = "Keys of integrations that post leads (X-Api-Key). Admin only.")
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    @Schema(description = "A key to issue.")
    public record NewKey(@Schema(required = true, description = "The integration the key is for (its name, for "
            + "people and the audit trail).", examples = "Website chat (Intercom)") @NotBlank @Size(max = 100) String name) {
    }

    /** A key as listed: never its plaintext or hash. */
    @Schema(description = "An integration's API key, without its secret.")
    public record KeyView(
            @Schema(required = true, description = "The key's id (a routing rule's wayRef for API_KEY).") UUID id,
            @Schema(required = true, description = "The integration it is for.", examples = "Website chat (Intercom)")
            String name,
            @Schema(required = true, description = "The key's first 10 characters, to tell keys apart.",
                    examples = "spk_Xq3v9a") String prefix,
            @Schema(required = true, description = "ACTIVE, or REVOKED (refused from then on).",
                    enumeration = {"ACTIVE", "REVOKED"}) String status,
            @Schema(required = true, description = "The admin who issued it (token subject).", examples = "ada.admin")
            String createdBy,
            @Schema(required = true, description = "When it was issued (UTC).", examples = "2026-02-01T09:00:00Z")
            Instant createdAt,
            @Schema(nullable = true, description = "When it was revoked (UTC); null while ACTIVE.",
                    examples = "2026-05-01T17:00:00Z") Instant revokedAt) {
        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.integration(), key.keyPrefix(), key.status().name(), key.createdBy(),
                    key.createdAt(), key.revokedAt());
        }
    }

    /** The one answer that carries the plaintext key. */
    @Schema(description = "A key just issued, with its plaintext: shown in this answer only.")
    public record IssuedKey(
            @Schema(required = true, description = "The key's id.") UUID id,
            @Schema(required = true, description = "The integration it is for.", examples = "Website chat (Intercom)")
            String name,
            @Schema(required = true, description = "The key's first 10 characters.", examples = "spk_Xq3v9a") String prefix,
            @Schema(required = true, description = "ACTIVE.", enumeration = {"ACTIVE", "REVOKED"}) String status,
            @Schema(required = true, description = "When it was issued (UTC).", examples = "2026-02-01T09:00:00Z")
            Instant createdAt,
            @Schema(required = true, description = "The key to send as X-Api-Key; only its hash is kept, it is never "
                    + "shown again.", examples = "spk_Xq3v9aK2mP0rT7wY4bN8cL1dF6gH5jZ") String key) {
    }

    @Inject
    ApiKeys keys;

    @POST
    @Operation(operationId = "issueApiKey", summary = "Issue an API key",
            description = "Issue a key for an integration; the plaintext key is in this answer only")
    @APIResponse(responseCode = "201", description = "The key, issued: its plaintext is in this answer only. Location is its URL.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedKey.class)))
    public Response issue(@NotNull @Valid NewKey body, @Context UriInfo uri) {
        ApiKey.Issued issued = keys.issue(body.name());
        ApiKey key = issued.key();
        return Response.created(uri.getAbsolutePathBuilder().path(key.id().toString()).build())
                .entity(new IssuedKey(key.id(), key.integration(), key.keyPrefix(), key.status().name(),
                        key.createdAt(), issued.plaintext())).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "List keys (never their plaintext)")
    public Page<KeyView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return Page.of(keys.list(page), page, ApiKey::id, KeyView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key",
            description = "One key (never its plaintext)")
    public KeyView get(@PathParam("id") UUID id) {
        return KeyView.of(keys.get(id));
    }

    @POST
    @Path("{id}/revocation")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "Revoke a key for good: requests with it answer 401")
    public KeyView revoke(@PathParam("id") UUID id) {
        return KeyView.of(keys.revoke(id));
    }
}
