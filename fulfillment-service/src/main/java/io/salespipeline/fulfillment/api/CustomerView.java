package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.Customer;
import io.salespipeline.platform.stage.DealBriefing;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer account as the API shows it, with its latest satisfaction score (null before any survey). */
@Schema(description = "A customer account, opened when its deal closed, with its support owner and latest survey score.")
public record CustomerView(
        @Schema(required = true, description = "The customer's id.", examples = "0193a3d1-2b4c-7e5f-8a6b-7c8d9e0f1a2b")
        UUID id,
        @Schema(required = true, description = "The deal that made this company a customer (the id every stage shares).",
                examples = "0193a3c4-5e2f-7a10-8b7c-1d2e3f405162") UUID dealId,
        @Schema(nullable = true, description = "The company account this customer is (lead-service's GET "
                + "/api/accounts/{id}): later deals of the account add their orders here. Null when the deal that "
                + "opened it named none.", examples = "0193a3b0-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID accountId,
        @Schema(required = true, description = "The customer's company, as the signed contract names it.",
                examples = "Acme Logistics GmbH") String company,
        @Schema(required = true, description = "The contact person at the customer; [erased] once the person asked "
                + "to be forgotten.", examples = "Maria Schmidt") String contactName,
        @Schema(nullable = true, format = "email", description = "The contact person's e-mail address, lower case; "
                + "null when the deal carried none or the person was erased.", examples = "maria.schmidt@acme.example")
        String contactEmail,
        @Schema(nullable = true, description = "The customer's country, ISO 3166-1 alpha-2 (decides the region under "
                + "the by-region hand-off rule); null when unknown.", examples = "DE") String country,
        @Schema(required = true, description = "Who on the support staff looks after this customer now (a name of the "
                + "roster, sales.support.staff).", examples = "ana.support") String supportOwner,
        @Schema(nullable = true, description = "The score of the customer's latest survey answer; null before the "
                + "customer answered any.") LatestSurvey latestSurvey,
        @Schema(required = true, description = "When the account was opened (UTC): when the closed deal was taken in.",
                examples = "2026-03-02T09:30:00Z") Instant createdAt,
        @Schema(nullable = true, description = "The seller who closed the deal (may read this customer and its "
                + "orders); null when the deal did not say.", examples = "sam.seller") String seller,
        @Schema(nullable = true, description = "What the seller learned and promised, for the support owner: the "
                + "company's profile, the applications with their stated savings, the special terms; null when the "
                + "deal did not tell.") DealBriefing briefing) {

    @Schema(description = "The customer's latest survey answer.")
    public record LatestSurvey(
            @Schema(required = true, description = "The score given, 0 (not at all likely to recommend) to 10 "
                    + "(extremely likely).", minimum = "0", maximum = "10", examples = "9") int score,
            @Schema(required = true, description = "When the customer answered (UTC).", examples = "2026-04-15T14:05:00Z")
            Instant at) {
    }

    public static CustomerView of(Customer customer) {
        LatestSurvey latest = customer.latestSurveyScore() == null ? null
                : new LatestSurvey(customer.latestSurveyScore(), customer.latestSurveyAt());
        return new CustomerView(customer.id(), customer.dealId(), customer.accountId(), customer.company(),
                customer.contactName(), customer.contactEmail(), customer.country(), customer.supportOwner(), latest,
                customer.createdAt(), customer.seller(), customer.briefing());
    }
}
