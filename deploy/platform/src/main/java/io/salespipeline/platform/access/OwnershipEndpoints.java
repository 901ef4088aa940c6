package io.salespipeline.platform.access;

import io.salespipeline.platform.security.Ownership;
import io.salespipeline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/**
 * The two ownership operations of a stage's resource, {@code PUT …/{id}/owner} (sales managers
 * only) and {@code PUT …/{id}/sharing} (the resource's roles; the use case admits the record's
 * owner or a sales manager), answering the record's view {@code V}. A resource implements them by
 * calling its use cases (which call {@link DealOwnership}) and describes them with its own
 * {@code @Operation} summary; paths, roles and bodies are declared here once.
 */
public interface OwnershipEndpoints<V> {

    @PUT
    @Path("{id}/owner")
    @RolesAllowed(Roles.SALES_MANAGER)
    V assignOwner(@PathParam("id") UUID id, @NotNull @Valid Ownership.OwnerInput body);

    @PUT
    @Path("{id}/sharing")
    V share(@PathParam("id") UUID id, @NotNull @Valid Ownership.SharingInput body);
}
