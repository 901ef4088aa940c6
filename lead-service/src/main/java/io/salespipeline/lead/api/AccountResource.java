package io.salespipeline.lead.api;

import io.salespipeline.lead.application.accounts.Accounts;
import io.salespipeline.lead.domain.Account;
import io.salespipeline.platform.security.Roles;
import io.salespipeline.platform.security.Visibility;
import io.salespipeline.platform.web.Page;
import io.salespipeline.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Company accounts, read by the sales team. */
@Path("/api/accounts")
@RolesAllowed({Roles.SELLER, Roles.SALES_MANAGER})
@Tag(name = "Accounts", description = "Company accounts: the companies leads work for, shared by their people and deals; opened when a company's first deal starts.")
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    Visibility visibility;

    @GET
    @Operation(operationId = "listAccounts", summary = "Find company accounts",
            description = "Company accounts, oldest first (keyset paginated), narrowed by e-mail domain and by a "
            + "substring of the name")
    public Page<AccountView> list(
            @Parameter(description = "Only the account of this e-mail domain.", example = "analytical-engines.example")
            @QueryParam("domain") String domain,
            @Parameter(description = "A substring of the company's name (case-insensitive).", example = "engines")
            @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        String wanted = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(java.util.Locale.ROOT);
        return Page.of(accounts.list(wanted, q, page), page, Account::id, AccountView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "Get a company account",
            description = "One company account, with those of its people (leads) the caller may see and their deals")
    public AccountView get(@PathParam("id") UUID id) {
        return AccountView.of(accounts.get(id), accounts.people(id).stream().filter(visibility::sees).toList());
    }
}
