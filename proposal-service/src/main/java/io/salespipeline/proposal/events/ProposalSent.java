package io.salespipeline.proposal.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published on {@value #TOPIC} when a version of the deal's proposal is sent to the customer:
 * which version, what it totals (with tax) and until when it holds. Owned by proposal-service;
 * consumers read it tolerantly.
 */
public record ProposalSent(UUID proposalId, UUID dealId, int version, Amount total, LocalDate validUntil,
        String sentBy, Instant sentAt) {

    public static final String TOPIC = "sales.proposal.sent";
    public static final String TYPE = "io.salespipeline.proposal.ProposalSent.v1";

    /** An exact amount, written as a decimal string: {@code {"amount": "1234.50", "currency": "EUR"}}. */
    public record Amount(BigDecimal amount, String currency) {
    }
}
