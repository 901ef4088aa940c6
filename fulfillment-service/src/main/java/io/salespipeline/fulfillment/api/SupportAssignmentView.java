package io.salespipeline.fulfillment.api;

import io.salespipeline.fulfillment.domain.HandOffRule;
import io.salespipeline.fulfillment.domain.SupportAssignment;
import java.time.Instant;

/** One change of a customer's support owner: from (null for the hand-off), to, rule or reason, by, at. */
public record SupportAssignmentView(String from, String to, HandOffRule rule, String reason, String by, Instant at) {

    static SupportAssignmentView of(SupportAssignment assignment) {
        return new SupportAssignmentView(assignment.from(), assignment.to(), assignment.rule(), assignment.reason(),
                assignment.by(), assignment.at());
    }
}
