package io.salespipeline.lead.api;

import io.salespipeline.lead.domain.Account;
import io.salespipeline.lead.domain.Lead;
import io.salespipeline.lead.domain.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company account as the API shows it; {@code people} only on the single account, and only the
 * leads the caller may see.
 */
@Schema(description = "A company account: the company a lead's person works for, shared by its people and their deals.")
public record AccountView(
        @Schema(required = true, description = "The account's id (accountId on leads and on every stage's hand-off).")
        UUID id,
        @Schema(required = true, description = "The company's name as its first qualified lead gave it (else its "
                + "e-mail domain).", examples = "Analytical Engines Ltd") String name,
        @Schema(nullable = true, description = "The company's country (ISO 3166-1 alpha-2); null when not given.",
                examples = "GB") String country,
        @Schema(nullable = true, description = "The company's e-mail domain; null when its first lead used a public "
                + "mail provider or gave no address.", examples = "analytical-engines.example") String domain,
        @Schema(nullable = true, description = "The company's VAT id (a lead's vatId attribute, normalised); null "
                + "when none was given.", examples = "GB123456789") String vatId,
        @Schema(required = true, description = "Who qualified the account's first lead (the acting user, as the audit names them).",
                examples = "sam.seller") String createdBy,
        @Schema(required = true, description = "When the account was opened (UTC).", examples = "2026-03-05T11:20:00Z")
        Instant createdAt,
        @Schema(description = "The account's people whom the caller may see, oldest first; only on "
                + "GET /api/accounts/{id} (absent in lists).")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        List<Person> people) {

    /** One of the account's leads and the deal it works on. */
    @Schema(description = "A person of the account: their lead and its current deal.")
    public record Person(
            @Schema(required = true, description = "The lead's id.") UUID leadId,
            @Schema(required = true, description = "Where the lead stands.") LeadStatus status,
            @Schema(nullable = true, description = "The lead's current deal; null before it qualified.") UUID dealId) {
    }

    static AccountView of(Account account) {
        return of(account, null);
    }

    static AccountView of(Account account, List<Lead> people) {
        return new AccountView(account.id(), account.name(), account.country(), account.domain(), account.vatId(),
                account.createdBy(), account.createdAt(),
                people == null ? null : people.stream().map(l -> new Person(l.id(), l.status(), l.dealId())).toList());
    }
}
