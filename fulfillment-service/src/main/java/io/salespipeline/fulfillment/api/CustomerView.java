package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.Customer;
import java.time.Instant;
import java.util.UUID;

/** A customer account as the API shows it, with its latest satisfaction score (null before any survey). */
public record CustomerView(UUID id, UUID dealId, String company, String contactName, String contactEmail,
        String country, String supportOwner, LatestSurvey latestSurvey, Instant createdAt) {

    public record LatestSurvey(int score, Instant at) {
    }

    public static CustomerView of(Customer customer) {
        LatestSurvey latest = customer.latestSurveyScore() == null ? null
                : new LatestSurvey(customer.latestSurveyScore(), customer.latestSurveyAt());
        return new CustomerView(customer.id(), customer.dealId(), customer.company(), customer.contactName(),
                customer.contactEmail(), customer.country(), customer.supportOwner(), latest, customer.createdAt());
    }
}
