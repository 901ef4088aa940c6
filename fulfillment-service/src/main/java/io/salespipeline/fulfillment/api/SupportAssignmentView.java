package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.HandOffRule;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a customer's support owner: from (null for the hand-off), to, rule or reason, by, at. */
@Schema(description = "One entry of a customer's support-owner history: the hand-off by rule, or a reassignment.")
public record SupportAssignmentView(
        @Schema(nullable = true, description = "The previous support owner; null for the hand-off that opened the "
                + "account.", examples = "ben.support") String from,
        @Schema(required = true, description = "The support owner from this change on.", examples = "ana.support")
        String to,
        @Schema(nullable = true, description = "The rule that chose the owner at the hand-off (sales.support.rule); "
                + "null for a reassignment by a person.", examples = "FEWEST_CUSTOMERS") HandOffRule rule,
        @Schema(required = true, description = "Why: \"hand-off by rule <RULE>\" for the hand-off, the reason given "
                + "for a reassignment.", examples = "Customer moved its headquarters to Vienna") String reason,
        @Schema(required = true, description = "Who made the change: \"system\" for the hand-off when the deal "
                + "closed, else the person, as \"subject (role)\".", examples = "sara.manager (sales-manager)")
        String by,
        @Schema(required = true, description = "When the change was made (UTC).", examples = "2026-03-10T08:15:00Z")
        Instant at) {

    static SupportAssignmentView of(SupportAssignment assignment) {
        return new SupportAssignmentView(assignment.from(), assignment.to(), assignment.rule(), assignment.reason(),
                assignment.by(), assignment.at());
    }
}
